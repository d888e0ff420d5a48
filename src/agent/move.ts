import type { MoveKind, SafetyAsk } from '../core/index.ts';
import type { TextAnalysis } from '../nlu/index.ts';
import type { RiskAssessment } from '../safety/index.ts';
import type { AllianceState } from '../alliance/index.ts';

/** The client message a move answers, with what the earlier stages found in it. */
export interface IncomingMessage {
  id: string;
  text: string;
  analysis: TextAnalysis;
  risk: RiskAssessment;
}

/** Why the policy is being asked for a move. */
export type MoveTrigger = 'session_start' | 'client_message' | 'session_end';

/** What the policy sees. */
export interface PolicyInput {
  trigger: MoveTrigger;
  state: AllianceState;
  message?: IncomingMessage;
}

/** A chosen move and the material the responder renders it from. */
export interface Move {
  kind: MoveKind;
  message?: IncomingMessage;
  /** For safety moves: the question or plan section the reply asks. */
  asks?: SafetyAsk;
}

/** Chooses the next therapeutic move from the alliance state. */
export interface Policy {
  decide(input: PolicyInput): Move;
}
