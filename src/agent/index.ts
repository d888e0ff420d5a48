/**
 * The agent: policy, responders and the conversation engine that runs every turn through the
 * pipeline. Wired to a store and the other stages by `cli` (and later `server`).
 */
export type {
  Move,
  MoveTrigger,
  Policy,
  PolicyInput,
  PolicyUpdate,
  IncomingMessage,
  WorkView,
} from './move.ts';
export type { Responder, ResponderContext } from './responder.ts';
export { rulePolicy } from './rule-policy.ts';
export { alliancePolicy, DISCLOSURE_VERSION } from './alliance-policy.ts';
export { deterministicResponder, emergencyLine } from './deterministic-responder.ts';
export { FIRST_CONTACT } from './alliance-responses.ts';
export { guardReply } from './output-guard.ts';
export { secondPerson, addressesAgent } from './reflection.ts';
export {
  createConversationEngine,
  DEFAULT_MAX_CACHED_CONVERSATIONS,
  type ConversationEngine,
  type ConversationEngineOptions,
  type StepAppend,
  type TurnResult,
} from './conversation-engine.ts';
export { defaultStages, type PipelineStages } from './default-stages.ts';
export { PERSONAS, type Persona, type PersonaTurn } from './simulation/personas.ts';
export {
  simulatePersona,
  reportFromEvents,
  type MovableClock,
  type SimulationReport,
  type TranscriptLine,
} from './simulation/simulate.ts';
export {
  DEFAULT_CHECK_INS,
  checkInPreference,
  dueCheckIn,
  parseCheckInRules,
  type CheckInRule,
} from './check-ins.ts';
