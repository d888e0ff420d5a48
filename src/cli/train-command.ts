import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import {
  trainEmpathyModels,
  trainMiModels,
  writeEmpathyWeights,
  writeMiWeights,
} from '../nlu/index.ts';
import { MARKER_WEIGHTS_PATH, markerWeightsJson } from '../nlu/markers/train.ts';
import type { CliIo } from './cli-io.ts';
import { datasetsDir } from './eval-command.ts';

/**
 * `alliance train [--datasets DIR]`: regenerates every shipped weight file from the data, with a
 * progress bar. Training is deterministic, so the files come out byte for byte as shipped.
 * Run it from the repository root.
 */
export async function trainCommand(options: { datasets?: string }, io: CliIo): Promise<number> {
  const dir = datasetsDir(options.datasets, io);
  const bar = new cliProgress.SingleBar(
    {
      format: 'alliance: {stage} [{bar}] {value}/{total}',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const plain = !process.stderr.isTTY;
  const step = (stage: string, done: number, total: number) => {
    if (plain) {
      if (done === total || done === 1) io.error(`alliance: ${stage} ${done}/${total}`);
      return;
    }
    if (done === 1 || bar.getTotal() !== total) bar.start(total, 0, { stage });
    bar.update(done, { stage });
    if (done === total) bar.stop();
  };
  writeFileSync(
    MARKER_WEIGHTS_PATH,
    markerWeightsJson('.', (done, total) => step('alliance markers', done, total)),
  );
  const mi = trainMiModels(join(dir, 'annomi'), {
    onProgress: (done, total, stage) => step(`AnnoMI ${stage}`, done, total),
  });
  for (const path of writeMiWeights(mi)) io.error(`alliance: wrote ${path}`);
  const empathy = trainEmpathyModels(join(dir, 'epitome'), {
    onProgress: (progress) => step('EPITOME empathy', progress.done, progress.total),
  });
  for (const path of writeEmpathyWeights(empathy)) io.error(`alliance: wrote ${path}`);
  io.error(`alliance: wrote ${MARKER_WEIGHTS_PATH.pathname}`);
  return 0;
}
