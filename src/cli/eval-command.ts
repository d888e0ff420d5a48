import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AllianceError } from '../core/index.ts';
import {
  evaluateEmpathy,
  evaluateMi,
  formatEmpathyReport,
  formatMiReport,
  type EmpathyReport,
  type MiReport,
} from '../nlu/index.ts';
import {
  evaluateMarkers,
  formatMarkerReport,
  MARKER_FILES,
  readMarkerExamples,
  readMarkerTraining,
  type MarkerReport,
} from '../nlu/markers/train.ts';
import type { CliIo } from './cli-io.ts';

/** Every figure `alliance eval` reports. */
export interface Evaluation {
  empathy: EmpathyReport;
  mi: MiReport;
  markers: MarkerReport;
}

/** The shared datasets folder: `--datasets`, ALLIANCE_DATASETS, or ../shared/datasets. */
export function datasetsDir(option: string | undefined, io: CliIo): string {
  const dir = option ?? io.env.ALLIANCE_DATASETS ?? join('..', 'shared', 'datasets');
  if (!existsSync(dir)) {
    throw new AllianceError(
      'usage',
      `There is no datasets folder at ${dir}.`,
      'Pass --datasets with the folder that holds annomi/ and epitome/, or set ALLIANCE_DATASETS.',
    );
  }
  return dir;
}

/** Runs every cross-validated evaluation. */
export async function evaluateAll(
  dir: string,
  progress: (line: string) => void,
): Promise<Evaluation> {
  progress('alliance markers: 5-fold cross-validation and the held-out collections');
  const markers = evaluateMarkers(
    readMarkerTraining(),
    MARKER_FILES.heldOut.map((file) => ({
      name: basename(file),
      examples: readMarkerExamples(file),
    })),
  );
  progress('AnnoMI behaviour and talk type: 5-fold cross-validation by transcript');
  const mi = evaluateMi(join(dir, 'annomi'), { folds: 5 });
  progress('EPITOME empathy: 5-fold cross-validation keeping seeker posts whole');
  const empathy = evaluateEmpathy(join(dir, 'epitome'), { folds: 5 });
  return { empathy, mi, markers };
}

export function formatEvaluation(evaluation: Evaluation): string {
  return [
    formatEmpathyReport(evaluation.empathy),
    formatMiReport(evaluation.mi),
    formatMarkerReport(evaluation.markers),
  ].join('\n\n');
}

/**
 * `alliance eval [--datasets DIR] [--json]`: macro-F1 per task, cross-validated with folds that
 * keep transcripts (and seeker posts) whole, beside a VADER-sentiment baseline in the same run.
 */
export async function evalCommand(
  options: { datasets?: string; json?: boolean },
  io: CliIo,
): Promise<number> {
  const dir = datasetsDir(options.datasets, io);
  const evaluation = await evaluateAll(dir, (line) => io.error(`alliance: ${line}`));
  io.out(options.json ? JSON.stringify(evaluation) : formatEvaluation(evaluation));
  return 0;
}
