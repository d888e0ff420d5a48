/**
 * EPITOME empathy classifiers (Sharma et al., EMNLP 2020): the level (0 none, 1 weak, 2 strong)
 * of emotional reactions, interpretations and explorations in a reply, given the post it answers.
 * Linear models over hand-designed features, trained from the shared EPITOME files and shipped
 * as weight files in `weights/`.
 */
export {
  empathyModel,
  shippedEmpathyModel,
  readEmpathyWeights,
  WEIGHT_FILES,
  type EmpathyModel,
  type EmpathyScore,
  type EmpathyWeights,
  type MechanismWeights,
  type LinearWeights,
  type LevelProbabilities,
} from './model.ts';
export {
  pairFeatures,
  empathyFeatures,
  splitSentences,
  type PairFeatures,
  type FeatureOptions,
} from './features.ts';
export {
  MECHANISMS,
  EPITOME_FILES,
  loadEpitome,
  type Mechanism,
  type EmpathyLevel,
  type EpitomePair,
} from './epitome-data.ts';
export {
  trainEmpathyModels,
  trainMechanism,
  writeEmpathyWeights,
  serializeWeights,
  EMPATHY_HYPERPARAMETERS,
  WEIGHTS_DIRECTORY,
  type EmpathyProgress,
  type EmpathyTrainingOptions,
} from './train.ts';
export {
  evaluateEmpathy,
  formatEmpathyReport,
  type EmpathyReport,
  type MechanismReport,
  type SystemScores,
  type EvaluationOptions,
} from './evaluate.ts';
export { trainTfidfBaseline, trainVaderBaseline, type BaselinePredictor } from './baselines.ts';
export { macroF1, classF1 } from './macro-f1.ts';
