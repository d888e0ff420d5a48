import type {
  Awaiting,
  EventPayloads,
  EventType,
  MeasureAsk,
  MeasureReason,
  MoveKind,
  RuptureKind,
  SafetyAsk,
} from '../core/index.ts';
import type { TextAnalysis } from '../nlu/index.ts';
import type { RiskAssessment } from '../safety/index.ts';
import type { AllianceState } from '../alliance/index.ts';

/** The client message a move answers, with what the earlier stages found in it. */
export interface IncomingMessage {
  id: string;
  text: string;
  analysis: TextAnalysis;
  risk: RiskAssessment;
  /** Alliance markers the nlu read in the message (task or goal agreement, withdrawal…). */
  markers?: readonly string[];
}

/** Why the policy is being asked for a move. */
export type MoveTrigger = 'session_start' | 'client_message' | 'session_end';

/** What the policy sees. */
export interface PolicyInput {
  trigger: MoveTrigger;
  state: AllianceState;
  message?: IncomingMessage;
  /** Questionnaires the schedule says are due now (administrable ones only). */
  dueMeasures?: readonly { instrument: string; reason: MeasureReason }[];
  /** New ids for goals, tasks and ruptures the policy records. */
  newId?: (prefix: string) => string;
}

/** An event a policy wants recorded with its move (before ids and timestamps are given). */
export type PolicyUpdate = {
  [K in EventType]: { type: K; payload: EventPayloads[K] };
}[EventType];

/** What the responder needs to render a working-alliance move. */
export interface WorkView {
  goal?: { text: string; firstSign?: string };
  /** Every active goal, when there is more than one (oldest first). */
  goals?: string[];
  /** Asking for one more goal, not for a first one. */
  another?: boolean;
  /** Ask lightly: the person has been giving short answers. */
  gentle?: boolean;
  /** Tasks offered now, each with its one-line rationale. */
  offers?: { title: string; rationale: string; minutes: number }[];
  /** The exercise step to say, or the closing when `closing` is set. */
  exercise?: {
    title: string;
    prompt?: string;
    step: number;
    steps: number;
    closing?: string;
    resumed?: boolean;
  };
  /** The next step proposed or agreed. */
  nextStep?: { text: string; when?: string };
  /** The agreed step being followed up. */
  followUp?: { detail: string; when?: string; title: string };
  outcome?: 'done' | 'partly' | 'not';
  /**
   * `quiet`: a withdrawal after two repairs this session, met without another question about how
   * the conversation is going (asked a third time, the question is itself pressure).
   */
  rupture?: { kind: RuptureKind; attempt: number; quiet?: boolean };
  /** A rupture the last repair resolved, and its kind. */
  repaired?: boolean;
  repairedKind?: RuptureKind;
  mood?: { score: number; previous?: number };
  /** A remembered detail worth asking about. */
  memory?: string;
  /** Why the move is asked again (an answer that did not fit). */
  again?: boolean;
  /** A yes to several options: ask which. */
  clarify?: boolean;
  /** Suggestions were all declined before: ask whether to suggest any at all. */
  askFirst?: boolean;
  /** The person declined every offer this session: just listen. */
  listenOnly?: boolean;
  /** The answer to the agent's direct question about risk (`check_risk`) had no alarm in it. */
  checked?: 'no' | 'unclear';
  /** A paused exercise that can be picked up. */
  paused?: { title: string };
  /** What the person asked that the agent cannot be or do. */
  limit?: LimitTopic;
  /** How the person asked to be spoken to from now on. */
  style?: { tone?: 'warm' | 'direct'; pace?: 'slower' | 'quicker' };
  /** The previous session had a safety episode: open with how they are, and the plan. */
  afterCrisis?: boolean;
  /** Check-in messages switched on or off. */
  checkIns?: boolean;
}

/** Questions about what the agent is and can do, and requests outside its work. */
export type LimitTopic = 'human' | 'therapist' | 'medication' | 'diagnosis' | 'off_topic';

/** A chosen move and the material the responder renders it from. */
export interface Move {
  kind: MoveKind;
  message?: IncomingMessage;
  /** For safety moves: the question or plan section the reply asks. */
  asks?: SafetyAsk;
  /** For questionnaire moves: the offer or item asked (recorded with the move). */
  measure?: MeasureAsk;
  /** What the responder shows for a questionnaire move. */
  measureView?: MeasureView;
  /** The crisis response follows a questionnaire answer (PHQ-9 item 9), not something said. */
  fromMeasure?: string;
  /** Events the policy records with this move (a goal agreed, a task declined…). */
  updates?: PolicyUpdate[];
  /** What the move waits for. */
  awaiting?: Awaiting;
  /** Material for working-alliance moves. */
  work?: WorkView;
}

/** A questionnaire as the responder needs it: names, the item, options, or the result. */
export interface MeasureView {
  name: string;
  validated: boolean;
  /** Offering the instrument: how many items, whether items may be skipped. */
  offer?: { items: number; allowSkip: boolean; construct: string };
  /** Said before the first item. */
  preamble?: string;
  item?: {
    number: number;
    count: number;
    text: string;
    stem?: string;
    options: { value: number; label?: string }[];
    range: { min: number; max: number; decimals: boolean };
  };
  /** The person's answer fitted several options: these. */
  confirm?: { value: number; label?: string }[];
  /** Why the item is asked again. */
  retry?: 'unmapped' | 'out_of_range' | 'no_skip';
  result?: {
    total: number | null;
    range: { min: number; max: number };
    band: string | null;
    subscales: { label: string; score: number | null }[];
    flags: string[];
    answered: number;
    count: number;
    prorated: boolean;
  };
  /** The next due instrument, offered after a result. */
  next?: { instrument: string; name: string; items: number };
}

/** Chooses the next therapeutic move from the alliance state. */
export interface Policy {
  decide(input: PolicyInput): Move;
}
