/**
 * The alliance: per-person state derived from the event log, and the estimator that measures
 * the alliance from a conversation (engagement now; goal, task and bond in later issues).
 */
export {
  emptyAllianceState,
  reduceAllianceState,
  replayAllianceState,
  type AllianceState,
  type MeasureRecord,
  type MeasureState,
} from './alliance-state.ts';
export {
  engagementEstimator,
  type Estimator,
  type EngagementReport,
  type SessionEngagement,
  type SignalSource,
} from './engagement-estimator.ts';
export { stateUpdatesForMessage, type StateUpdate } from './state-updates.ts';
export {
  activeGoals,
  emptyAllianceWork,
  openRuptures,
  pendingTask,
  reduceAllianceWork,
  type AllianceWork,
  type ExerciseProgress,
  type Goal,
  type Memory,
  type RuptureEpisode,
  type SessionWork,
  type Task,
} from './alliance-work.ts';
export {
  computeDtaIndex,
  dtaAccumulator,
  type DtaAccumulator,
  ALLIANCE_MARKERS,
  DTA_DIMENSIONS,
  type AllianceMarker,
  type DtaDimension,
  type DtaEvidence,
  type DtaReport,
  type DtaScores,
  type MitiSummary,
  type Rupture,
  type UtteranceSignals,
} from './dta-index.ts';
export { auc, fitLine, pearson, ranks, spearman } from './statistics.ts';
export {
  calibrate,
  applyCalibration,
  type Calibration,
  type CalibrationPair,
  type DimensionCalibration,
} from './calibration.ts';
