/**
 * Builds the web app (web/ → web/dist) with Vite. `npm start` runs this first with `--if-stale`,
 * which builds only when web/dist is missing or older than a file under web/ — so a fresh
 * checkout serves the app after one command, and a restart costs nothing.
 *
 *   node --import tsx scripts/build-web.ts [--if-stale]
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../web', import.meta.url));
const INDEX = join(WEB, 'dist', 'index.html');

/** The newest modification time of the app's sources (everything under web/ except dist). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.'))
      continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether web/dist is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  let built: number;
  try {
    built = statSync(INDEX).mtimeMs;
  } catch {
    return true;
  }
  return newestSource(WEB) > built;
}

/**
 * Builds web/dist (when stale, unless `force`); returns whether it built.
 * @example await buildWeb({ force: false })
 */
export async function buildWeb(options: { force: boolean }): Promise<boolean> {
  if (!options.force && !webBuildIsStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = !process.argv.includes('--if-stale');
  const started = Date.now();
  buildWeb({ force })
    .then((built) => {
      if (built)
        console.log(`alliance: built the web app into web/dist (${Date.now() - started} ms).`);
    })
    .catch((error: unknown) => {
      console.error(`alliance: building the web app failed: ${String(error)}`);
      process.exitCode = 1;
    });
}
