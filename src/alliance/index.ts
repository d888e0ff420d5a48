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
} from './engagement-estimator.ts';
export { stateUpdatesForMessage, type StateUpdate } from './state-updates.ts';
