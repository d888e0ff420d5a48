/**
 * Natural-language understanding: text to signals. Now tokens, lemmas, negation, feelings and
 * self-introductions; trained empathy, behaviour and talk-type models plug in here later.
 */
export type {
  TextAnalysis,
  TextAnalyzer,
  AnalysisContext,
  Token,
  Feeling,
} from './text-analysis.ts';
export { winkAnalyzer, countWords } from './wink-analyzer.ts';
export { feelingFamily, DIFFICULT_FAMILIES, type FeelingFamily } from './feeling-words.ts';
export { focusStatement } from './focus-statement.ts';
export { findComplaint } from './complaint-markers.ts';
export {
  trainSoftmax,
  softmaxProbabilities,
  compileSoftmax,
  packShared,
  sharedRowsOf,
  sharedLogits,
  probabilitiesOf,
  type SoftmaxWeights,
  type TrainingOptions,
} from './learn/softmax-regression.ts';
export {
  trainSparseNetwork,
  compileNetwork,
  type CompiledNetwork,
  type NetworkTrainingOptions,
  type SparseNetworkWeights,
} from './learn/sparse-network.ts';
export { featureTable, type FeatureTable } from './learn/feature-table.ts';
export { parseCsv } from './learn/csv.ts';
export {
  markerModel,
  shippedMarkerModel,
  MARKER_LABELS,
  type MarkerLabel,
  type MarkerModel,
  type MarkerSpan,
  type MarkerWeights,
} from './markers/model.ts';
export {
  createAnnotator,
  type Annotator,
  type UtteranceAnnotation,
  type EmpathySource,
  type MiSource,
} from './annotator.ts';
export {
  shippedMiModel,
  miModel,
  trainMiModels,
  trainMiModelsFrom,
  loadAnnoMi,
  transcriptFolds,
  writeMiWeights,
  evaluateMi,
  formatMiReport,
  type MiModel,
  type MiReport,
} from './mi/index.ts';
export { defaultAnnotator, defaultSignals, miSource, empathySource } from './default-annotator.ts';
export {
  shippedEmpathyModel,
  empathyModel,
  trainEmpathyModels,
  writeEmpathyWeights,
  evaluateEmpathy,
  formatEmpathyReport,
  type EmpathyModel,
  type EmpathyReport,
} from './empathy/index.ts';
