/**
 * Motivational-interviewing classifiers trained on AnnoMI: counsellor behaviour (reflection,
 * question, information/advice, other, with reflection and question subtypes) and client talk
 * type (change, neutral, sustain), each read with the turn before it.
 */
export {
  BEHAVIOURS,
  TALK_TYPES,
  REFLECTION_SUBTYPES,
  QUESTION_SUBTYPES,
  loadAnnoMi,
  transcriptFolds,
  type Behaviour,
  type TalkType,
  type ReflectionSubtype,
  type QuestionSubtype,
  type MiUtterance,
} from './annomi-dataset.ts';
export { miFeatures, miTokens, featureFamily } from './features.ts';
export {
  miModel,
  shippedMiModel,
  readMiWeights,
  MI_WEIGHT_FILES,
  type MiModel,
  type MiWeights,
  type MiTaskWeights,
  type BehaviourResult,
  type TalkTypeResult,
} from './model.ts';
export {
  trainMiModels,
  trainMiModelsFrom,
  writeMiWeights,
  serializeTaskWeights,
  evaluateMi,
  formatMiReport,
  type MiReport,
  type MiTaskReport,
  type MiModelScore,
  type MiProgress,
} from './train.ts';
