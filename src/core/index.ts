/**
 * Shared vocabulary of Alliance: events, errors, clock, ids, message validation and the store
 * contract. Depends on nothing else in the project.
 */
export {
  AllianceError,
  isAllianceError,
  jsonProblem,
  readConfigText,
  type AllianceErrorCode,
} from './errors.ts';
export { execAll } from './regex-matches.ts';
export { systemClock, steppingClock, isoTime, type Clock } from './clock.ts';
export { randomIds, sequentialIds, type IdGenerator } from './ids.ts';
export {
  RISK_LEVELS,
  SAFETY_PLAN_SECTIONS,
  SENSITIVE_FIELDS,
  EVENT_TYPES,
  eventFactory,
  isEvent,
  compareRisk,
  type RiskLevel,
  type RiskCategory,
  type RiskEvidence,
  type MoveKind,
  type Awaiting,
  type Tone,
  type Pace,
  type RuptureKind,
  type SafetyQuestion,
  type SafetyAsk,
  type MeasureReason,
  type MeasureAsk,
  type SafetyPlanSection,
  type EventPayloads,
  type EventType,
  type NewEvent,
  type StoredEvent,
  type EventFactory,
} from './events.ts';
export { validateMessageText, sanitizeMessageText, MAX_MESSAGE_CHARS } from './message-text.ts';
export type { EventStore, Person, ConversationSummary, StoreCapabilities } from './event-store.ts';
export {
  ACCOUNT_ROLES,
  type AccountRole,
  type Account,
  type AccountWithSecret,
  type AccountSession,
  type AccountStore,
  type AccountErasure,
  type AuditAction,
  type AuditOutcome,
  type AuditRecord,
  type NewAccount,
  type NewAuditRecord,
  type Consent,
} from './account-store.ts';
