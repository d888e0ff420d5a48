import { trainTfidfBaseline, trainVaderBaseline } from './baselines.ts';
import { foldOf, loadEpitome, MECHANISMS, type Mechanism } from './epitome-data.ts';
import { classF1, confusion, macroF1 } from './macro-f1.ts';
import { predictLevels, preparePairs, trainMechanism, type EmpathyProgress } from './train.ts';

/** Macro-F1 of one system across the folds, with the pooled detail. */
export interface SystemScores {
  /** Mean of the per-fold macro-F1. */
  mean: number;
  /** Sample standard deviation of the per-fold macro-F1. */
  sd: number;
  perFold: number[];
  /** Macro-F1 of all held-out predictions together. */
  pooled: number;
  /** Pooled F1 of levels 0, 1, 2. */
  perLevel: number[];
  /** Pooled counts, `confusion[gold][predicted]`. */
  confusion: number[][];
}

/** One mechanism's cross-validated scores: the model and two baselines on the same folds. */
export interface MechanismReport {
  mechanism: Mechanism;
  pairs: number;
  /** How many pairs have level 0, 1, 2. */
  levels: number[];
  model: SystemScores;
  /** Logistic regression on TF-IDF of the reply's words. */
  tfidf: SystemScores;
  /** Softmax regression on the reply's VADER scores. */
  vader: SystemScores;
}

export interface EmpathyReport {
  folds: number;
  /** How folds are made. */
  protocol: string;
  mechanisms: MechanismReport[];
}

export interface EvaluationOptions {
  folds?: number;
  /** Only these mechanisms (default: all three). */
  mechanisms?: readonly Mechanism[];
  onProgress?: (progress: EmpathyProgress & { fold: number; folds: number }) => void;
}

function scores(gold: number[][], predicted: number[][]): SystemScores {
  const perFold = gold.map((g, f) => macroF1(g, predicted[f]!, 3));
  const mean = perFold.reduce((a, x) => a + x, 0) / perFold.length;
  const sd = Math.sqrt(
    perFold.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, perFold.length - 1),
  );
  const allGold = gold.flat();
  const allPredicted = predicted.flat();
  return {
    mean,
    sd,
    perFold,
    pooled: macroF1(allGold, allPredicted, 3),
    perLevel: classF1(allGold, allPredicted, 3),
    confusion: confusion(allGold, allPredicted, 3),
  };
}

/**
 * Cross-validates the empathy classifiers on an EPITOME directory: folds keep every seeker post
 * (sp_id) whole; in each fold the model (with its own inner cross-validation for the offsets),
 * the TF-IDF baseline and the VADER baseline train on the same pairs and are scored on the same
 * held-out pairs. Deterministic.
 * @example formatEmpathyReport(evaluateEmpathy('../shared/datasets/epitome', { folds: 5 }))
 */
export function evaluateEmpathy(
  datasetDir: string,
  options: EvaluationOptions = {},
): EmpathyReport {
  const folds = options.folds ?? 5;
  const mechanisms = (options.mechanisms ?? MECHANISMS).map((mechanism): MechanismReport => {
    const pairs = loadEpitome(datasetDir, mechanism);
    const gold: number[][] = [];
    const systems = { model: [] as number[][], tfidf: [] as number[][], vader: [] as number[][] };
    for (let fold = 0; fold < folds; fold += 1) {
      const train = pairs.filter((p) => foldOf(p.seekerId, folds) !== fold);
      const test = pairs.filter((p) => foldOf(p.seekerId, folds) === fold);
      const weights = trainMechanism(mechanism, train, {
        onProgress: (progress) => options.onProgress?.({ ...progress, fold, folds }),
      });
      const tfidf = trainTfidfBaseline(train);
      const vader = trainVaderBaseline(train);
      gold.push(test.map((p) => p.level));
      systems.model.push(predictLevels(weights, preparePairs(test)));
      systems.tfidf.push(test.map(tfidf));
      systems.vader.push(test.map(vader));
    }
    const levels = [0, 1, 2].map((k) => pairs.filter((p) => p.level === k).length);
    return {
      mechanism,
      pairs: pairs.length,
      levels,
      model: scores(gold, systems.model),
      tfidf: scores(gold, systems.tfidf),
      vader: scores(gold, systems.vader),
    };
  });
  return {
    folds,
    protocol: `${folds}-fold cross-validation, folds by FNV-1a hash of sp_id (each seeker post whole)`,
    mechanisms,
  };
}

const SHORT: Record<Mechanism, string> = {
  emotional_reactions: 'ER',
  interpretations: 'IP',
  explorations: 'EX',
};

/**
 * The report as a text table: macro-F1 mean ± sd over folds, the per-fold values and the pooled
 * F1 of each level, per mechanism and system.
 * @example console.log(formatEmpathyReport(report))
 */
export function formatEmpathyReport(report: EmpathyReport): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `EPITOME empathy, macro-F1 (${report.protocol})`,
    '',
    'mech  system  mean ± sd      per fold                              pooled  F1 level 0/1/2',
  ];
  for (const m of report.mechanisms) {
    for (const name of ['model', 'tfidf', 'vader'] as const) {
      const s = m[name];
      lines.push(
        [
          SHORT[m.mechanism].padEnd(5),
          name.padEnd(7),
          `${f(s.mean)} ± ${f(s.sd)}`.padEnd(14),
          s.perFold.map(f).join(' ').padEnd(37),
          f(s.pooled).padEnd(7),
          s.perLevel.map(f).join('/'),
        ].join(' '),
      );
    }
    lines.push(
      `      (${m.pairs} pairs, levels ${m.levels.join('/')}; model confusion ${JSON.stringify(m.model.confusion)})`,
    );
  }
  return lines.join('\n');
}
