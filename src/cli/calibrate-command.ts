import { writeFileSync } from 'node:fs';
import {
  calibrate,
  engagementEstimator,
  type Calibration,
  type CalibrationPair,
} from '../alliance/index.ts';
import { AllianceError, isEvent } from '../core/index.ts';
import { countWords } from '../nlu/index.ts';
import type { CliIo } from './cli-io.ts';
import { defaultSignals } from '../nlu/index.ts';
import { openStoreAt } from './open-store.ts';

/** Self-report instruments the index can be calibrated against, and which subscale is which dimension. */
const SELF_REPORTS: Record<string, Record<string, 'goal' | 'task' | 'bond' | 'engagement'>> = {
  'wai-sr': { goal: 'goal', task: 'task', bond: 'bond' },
  'dta-checkin': { goal: 'goal', task: 'task', bond: 'bond', engagement: 'engagement' },
};

/**
 * `alliance calibrate`: pairs each session's DTA index with the self-report the person gave in it
 * (WAI-SR or the DTA check-in), fits the mapping from the index onto the self-report scale per
 * dimension, and reports the correlations. `--out FILE` saves the calibration for `alliance score
 * --calibration FILE`. Without self-reports the index simply stays uncalibrated.
 */
export async function calibrateCommand(
  options: { db: string; out?: string; json?: boolean },
  io: CliIo,
): Promise<number> {
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  const pairs: CalibrationPair[] = [];
  try {
    const estimator = engagementEstimator(countWords, defaultSignals());
    for (const conversation of await store.listConversations()) {
      const events = await store.readEvents(conversation.id);
      const sessions = new Map(
        estimator.estimate(conversation.id, events).sessions.map((s) => [s.sessionId, s]),
      );
      for (const event of events.filter(isEvent('measure.completed'))) {
        const mapping = SELF_REPORTS[event.payload.instrument];
        const session = event.sessionId ? sessions.get(event.sessionId) : undefined;
        if (!mapping || event.payload.status !== 'completed' || !session?.dta) continue;
        const report: CalibrationPair['report'] = {};
        for (const [subscale, dimension] of Object.entries(mapping)) {
          const value = event.payload.subscales[subscale];
          if (typeof value === 'number') report[dimension] = value;
        }
        if (typeof event.payload.total === 'number') report.overall = event.payload.total;
        pairs.push({ instrument: event.payload.instrument, index: session.dta, report });
      }
    }
  } finally {
    await store.close();
  }
  const fittedAt = new Date().toISOString();
  const calibrations: Calibration[] = Object.keys(SELF_REPORTS)
    .filter((instrument) => pairs.some((p) => p.instrument === instrument))
    .map((instrument) => calibrate(pairs, instrument, fittedAt));
  if (options.out && calibrations.length === 0) {
    throw new AllianceError(
      'usage',
      'There is no calibration to save: no completed WAI-SR or DTA check-in yet.',
      'Collect WAI-SR or DTA check-in answers first.',
    );
  }
  if (options.json) {
    io.out(JSON.stringify({ calibrations }));
  } else if (calibrations.length === 0) {
    io.out(
      'No completed WAI-SR or DTA check-in yet, so there is nothing to calibrate against: the index stays uncalibrated (0–100).',
    );
  } else {
    for (const calibration of calibrations) {
      io.out(`Against ${calibration.instrument} (index 0–100 → self-report):`);
      for (const [dimension, fit] of Object.entries(calibration.dimensions)) {
        if (!fit) continue;
        const line =
          fit.slope === null
            ? 'too few sessions to fit'
            : `${fit.intercept} + ${fit.slope} × index`;
        io.out(
          `  ${dimension.padEnd(10)} n=${String(fit.n).padStart(3)}  r=${fit.pearson ?? '—'}  ρ=${fit.spearman ?? '—'}  ${line}`,
        );
      }
    }
  }
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify({ calibrations }, null, 2)}\n`);
    io.error(`alliance: calibration saved to ${options.out}`);
  }
  return 0;
}
