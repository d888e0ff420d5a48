// Benchmark: how long `alliance --help` takes as a whole process (target: under one second),
// against the peer of a bare `node -e 0` started the same way in the same run.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const RUNS = 15;
const bin = new URL('../bin/alliance.mjs', import.meta.url).pathname;

function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const help = median([bin, '--help']);
const bare = median(['-e', '0']);
console.log(`CLI start-up, median of ${RUNS} runs`);
console.log(`alliance --help                              ${help.toFixed(0)} ms`);
console.log(`peer: node -e 0                              ${bare.toFixed(0)} ms`);
console.log(
  `alliance --help / bare node: ×${(help / bare).toFixed(1)} — target < 1000 ms (${help < 1000 ? 'met' : 'NOT met'})`,
);
