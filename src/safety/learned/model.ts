import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { RiskCategory } from '../../core/index.ts';
import {
  compileNetwork,
  featureTable,
  packShared,
  probabilitiesOf,
  sharedLogits,
  type SoftmaxWeights,
  type SparseNetworkWeights,
} from '../../nlu/index.ts';
import { eachMessageFeature } from './features.ts';

/**
 * The classes the model tells apart: no alarm, the category of an alarm, or `others`: concern
 * for someone else's safety (the speaker's own level is none).
 */
export const MODEL_CLASSES = [
  'none',
  'suicide',
  'self_harm',
  'harm_to_others',
  'abuse',
  'medical_emergency',
  'others',
] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * Weights as shipped. The classes are read by a softmax regression (`bias` and `features`: one
 * row per feature, one weight per class), by a network with one hidden layer over the same
 * features (`network`), or, since model@15, by both, their probabilities averaged with
 * `networkShare` given to the network (docs/safety.md says why).
 */
export interface RiskModelWeights {
  name: string;
  classes: readonly ModelClass[];
  bias?: number[];
  features?: Record<string, number[]>;
  network?: SparseNetworkWeights;
  /** With both readers: the network's share of the averaged probabilities (0–1). */
  networkShare?: number;
  /** Probability of an alarm (1 − P(none)) above which the model reports a finding. */
  threshold: number;
  /**
   * The same for a message that names a danger concept (death, a means, harm, a body in
   * distress, a weapon: `DANGER_CONCEPT`); `threshold` when absent.
   */
  dangerThreshold?: number;
  /**
   * How close the danger is, read from a message that carries risk: a second softmax over the
   * same features, trained on the risk messages alone to tell imminent ones (intent with a
   * method or a time, preparatory acts, an overdose taken, harm happening now) from the rest.
   */
  imminence?: SoftmaxWeights;
  /** The probability of `imminence` at or above which an alarm is raised to imminent. */
  imminenceThreshold?: number;
}

/** The model's verdict on one message. */
export interface ModelScore {
  probabilities: Record<ModelClass, number>;
  /** The most likely alarm category and its probability. */
  top: { category: RiskCategory; probability: number };
  /**
   * The probability of any alarm (1 − P(none)), compared with the threshold: risk the model
   * spreads over two categories ("cutting" between self-harm and suicide) still counts in full.
   */
  alarm: number;
  /** The probability that the message is concern for someone else's safety. */
  others: number;
  /** If the message carries risk, the probability that it is imminent (0 without the head). */
  imminent: number;
}

/**
 * One table of every feature the softmaxes (`softIndex`) or the network (`networkFeatures`) know,
 * and each feature's row in either (-1 where it has none).
 */
function rowTables(softIndex: ReadonlyMap<string, number>, networkFeatures: readonly string[]) {
  const names = [...softIndex.keys()];
  const netOf = new Map<string, number>();
  networkFeatures.forEach((feature, r) => {
    netOf.set(feature, r);
    if (!softIndex.has(feature)) names.push(feature);
  });
  return {
    table: featureTable(names),
    softRowOf: Int32Array.from(names, (feature) => softIndex.get(feature) ?? -1),
    netRowOf: Int32Array.from(names, (feature) => netOf.get(feature) ?? -1),
  };
}

/**
 * A softmax regression or a small network over `messageFeatures`, scoring a message in
 * microseconds.
 * @example riskModel(weights).score('i want to unalive myself').top.category // 'suicide'
 */
export function riskModel(weights: RiskModelWeights) {
  const classes = weights.classes;
  const linear = weights.bias && weights.features;
  if (!linear && !weights.network)
    throw new Error(
      `risk model ${weights.name}: needs a softmax (bias and features), a network, or both`,
    );
  const network = weights.network ? compileNetwork(weights.network, { lookup: false }) : undefined;
  if (network && network.classes.join() !== classes.join())
    throw new Error(`risk model ${weights.name}: the network's classes are not the model's`);
  const share = linear ? (network ? weights.networkShare : 0) : 1;
  if (share === undefined || !(share >= 0 && share <= 1))
    throw new Error(
      `risk model ${weights.name}: with a softmax and a network, networkShare must be a number from 0 to 1`,
    );
  // Only typed arrays are kept (no closure here reads `weights`), so the parsed file can go. The
  // softmaxes (the classes' and the imminence head) share one block of rows; one table of every
  // feature any part knows gives a feature's row in that block and in the network's, so each
  // feature is looked up once, and no feature name is kept as a string (see `featureTable`).
  const head = weights.imminence;
  const softmaxes: SoftmaxWeights[] = [];
  if (linear) softmaxes.push({ classes, bias: weights.bias!, features: weights.features! });
  if (head) softmaxes.push(head);
  // The rows are kept without their index (`rowTables` replaces it).
  const { index: softIndex, ...shared } = packShared(softmaxes);
  const { table, softRowOf, netRowOf } = rowTables(softIndex, weights.network?.features ?? []);
  // The closures below read only these (a closure keeps its whole scope: not the parsed weights).
  const hasLinear = Boolean(linear);
  const hasHead = Boolean(head);
  const imminent = head ? head.classes.indexOf('imminent') : -1;
  const headAt = hasLinear ? 1 : 0;
  /** The message last read that took each feature (see `score`). */
  const taken = new Int32Array(table.size);
  let reading = 0;
  return {
    name: weights.name,
    threshold: weights.threshold,
    dangerThreshold: weights.dangerThreshold ?? weights.threshold,
    /** Infinity without the head: nothing is raised. */
    imminenceThreshold: head ? (weights.imminenceThreshold ?? 0.8) : Infinity,
    /** `normalized`: `normalizeForSafety(text).text`, when the caller has it (see `modelTokens`). */
    score(text: string, normalized?: string): ModelScore {
      const rows: number[] = [];
      const inputs: number[] = [];
      // Each known feature once, where it first comes (as `messageFeatures` lists them), so the
      // sums below are added in the same order: a feature's row is stamped with this message's
      // number when it is taken.
      reading += 1;
      if (reading === 0x7fffffff) {
        taken.fill(0);
        reading = 1;
      }
      const stamp = reading;
      eachMessageFeature(text, normalized, (feature) => {
        const u = table.rowOf(feature);
        if (u < 0 || taken[u] === stamp) return;
        taken[u] = stamp;
        if (softRowOf[u]! >= 0) rows.push(softRowOf[u]!);
        if (netRowOf[u]! >= 0) inputs.push(netRowOf[u]!);
      });
      const p = hasLinear ? probabilitiesOf(sharedLogits(shared, 0, rows)) : [];
      if (network) {
        const q = network.probabilitiesOfRows(inputs);
        for (let k = 0; k < q.length; k += 1) p[k] = (1 - share) * (p[k] ?? 0) + share * q[k]!;
      }
      const closeness = hasHead
        ? probabilitiesOf(sharedLogits(shared, headAt, rows))[imminent]!
        : 0;
      const probabilities = Object.fromEntries(classes.map((c, k) => [c, p[k]!])) as Record<
        ModelClass,
        number
      >;
      let top: ModelScore['top'] = { category: 'suicide', probability: -1 };
      for (const c of classes) {
        if (c !== 'none' && c !== 'others' && probabilities[c] > top.probability) {
          top = { category: c, probability: probabilities[c] };
        }
      }
      const others = probabilities.others ?? 0;
      return {
        probabilities,
        top,
        alarm: 1 - probabilities.none - others,
        others,
        imminent: closeness,
      };
    },
  };
}
export type RiskModel = ReturnType<typeof riskModel>;

/**
 * A weight file as written: the network's rows are in a binary file beside it, named by
 * `rowsFile` (a plain file name in the same folder), so loading reads them as they are.
 */
export type RiskModelFile = Omit<RiskModelWeights, 'network'> & {
  network?: Omit<SparseNetworkWeights, 'rows'> & { rowsFile: string };
};

/**
 * Splits weights into the JSON text of the weight file and the bytes of the network's rows,
 * written to `rowsFile` beside it (`loadRiskModelWeights` reads them back).
 */
export function riskModelFile(
  weights: RiskModelWeights,
  rowsFile: string,
): { json: string; rows?: Int8Array } {
  if (!weights.network) return { json: `${JSON.stringify(weights)}\n` };
  const { rows, ...network } = weights.network;
  const file: RiskModelFile = { ...weights, network: { ...network, rowsFile } };
  return { json: `${JSON.stringify(file)}\n`, rows };
}

/**
 * Reads a weight file and the network rows beside it.
 * @example riskModel(loadRiskModelWeights(new URL('./risk-model.json', import.meta.url)))
 */
export function loadRiskModelWeights(file: string | URL): RiskModelWeights {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as RiskModelFile;
  if (!parsed.network) return parsed as RiskModelWeights;
  const { rowsFile, ...network } = parsed.network;
  if (typeof rowsFile !== 'string' || !/^\w[\w.-]*$/u.test(rowsFile))
    throw new Error(
      `${String(file)}: the network's rowsFile must be a file name in the same folder`,
    );
  const bytes = readFileSync(new URL(rowsFile, file instanceof URL ? file : pathToFileURL(file)));
  return {
    ...parsed,
    network: { ...network, rows: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
  };
}

let shipped: RiskModel | undefined;

/**
 * The model trained by `npm run train:safety` and shipped in the repository (loaded once).
 * @example ruleRiskDetector({ model: shippedRiskModel() })
 */
export function shippedRiskModel(): RiskModel {
  shipped ??= riskModel(loadRiskModelWeights(new URL('./risk-model.json', import.meta.url)));
  return shipped;
}
