/**
 * Instruments: questionnaires as data (FHIR R4 Questionnaire plus scoring rules), one generic
 * scorer, free-text answer mapping for delivery in conversation, the measurement schedule,
 * psychometrics and FHIR import/export.
 */
export {
  answerableItems,
  itemScale,
  FHIR_EXTENSIONS,
  type InstrumentDefinition,
  type ItemScale,
  type ScoringRules,
  type ChangeCriteria,
} from './definition.ts';
export {
  BUILTIN_INSTRUMENTS,
  PHQ9,
  GAD7,
  PHQ2,
  GAD2,
  WAI_SR,
  SRS,
  DTA_CHECKIN,
} from './builtin.ts';
export {
  scoreResponse,
  checkAnswer,
  type Answers,
  type ScoreResult,
  type ScoreFlag,
} from './scoring.ts';
export { mapAnswerText, type MappedAnswer } from './answer-mapping.ts';
export {
  createInstrumentRegistry,
  loadWordingFile,
  wordingFilesFromEnv,
  WORDING_HINT,
  type InstrumentRegistry,
  type InstrumentInfo,
} from './registry.ts';
export {
  DEFAULT_SCHEDULE,
  dueMeasures,
  parseSchedule,
  type ScheduleRule,
  type MeasureRecord,
} from './schedule.ts';
export {
  toQuestionnaireResponse,
  toObservation,
  exportBundle,
  fromQuestionnaireResponse,
  MAX_RESPONSE_ITEMS,
  type InstrumentResponse,
  type ExportEntry,
  type ImportedResponse,
} from './fhir.ts';
export {
  cronbachAlpha,
  instrumentAlpha,
  reliableChangeIndex,
  classifyChange,
  type AlphaResult,
  type ChangeResult,
} from './psychometrics.ts';
