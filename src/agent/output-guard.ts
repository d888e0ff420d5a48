import type { MoveKind, RiskCategory } from '../core/index.ts';
import { askedQuestion, type RegionResources } from '../safety/index.ts';
import { RISK_CHECK_QUESTIONS } from './safety-responses.ts';

// Moves that must carry every crisis line and the emergency number.
export const FULL_RESOURCES: ReadonlySet<MoveKind> = new Set([
  'crisis_response',
  'safety_question',
  'support_for_other',
  'unassessed_resources',
  'safety_plan_summary',
  'resume_after_safety',
]);
const AI_DISCLOSURE = /\bI['’]m an AI\b|\bI am an AI\b/iu;

/** What the guard needs to know about the turn besides the move. */
export interface GuardContext {
  resources: RegionResources;
  /** The reply opens a session: it must say the agent is an AI and not an emergency service. */
  opensSession: boolean;
  /** Safety mode is on: every reply carries at least the emergency number. */
  safetyMode: boolean;
  /**
   * A direct question about this category (`check_risk`): the reply must end with a question the
   * safety module reads as asking about it, or the yes that follows would not be read as risk.
   */
  riskCheck?: RiskCategory;
}

/**
 * The last check before a reply is stored and shown, whichever responder wrote it: a safety move
 * carries the emergency number and every crisis line for the person's locale, any reply in
 * safety mode carries at least the emergency number, a direct question about risk ends with a
 * question the safety module can read the answer against, and the first message of every session
 * says the agent is an AI and not an emergency service. What is missing is appended, never dropped.
 * @example guardReply('crisis_response', 'I hear you.', { resources, opensSession: false, safetyMode: true })
 */
export function guardReply(move: MoveKind, text: string, context: GuardContext): string {
  const { resources } = context;
  let reply = text.trim();
  if (FULL_RESOURCES.has(move)) {
    const missing = resources.lines.filter((line) => !reply.includes(line.contact));
    if (!reply.includes(resources.emergency) || missing.length > 0) {
      const lines = resources.lines.map((line) => `${line.name}: ${line.contact}`).join('; ');
      const addition = `If you are in danger, call ${resources.emergency}. You can also contact ${lines}.`;
      reply = beforeFinalQuestion(reply, addition);
    }
  } else if (context.safetyMode && !reply.includes(resources.emergency)) {
    reply = beforeFinalQuestion(reply, `(If you are in danger, call ${resources.emergency}.)`);
  }
  if (move === 'check_risk' && context.riskCheck) {
    const asks = askedQuestion(reply);
    if (asks?.category !== context.riskCheck || asks.yes === 'none')
      reply = `${reply} ${RISK_CHECK_QUESTIONS[context.riskCheck]}`.trim();
  }
  if (context.opensSession && !AI_DISCLOSURE.test(reply)) {
    reply =
      `I'm an AI, not a person or a therapist, and not an emergency service (in danger, call ${resources.emergency}). ${reply}`.trim();
  }
  return reply;
}

/**
 * Inserts a sentence before the reply's closing question, so the question stays last: the
 * person's next "yes" or "no" is read as the answer to it.
 */
function beforeFinalQuestion(reply: string, addition: string): string {
  const question = /(?:^|(?<=[.!?]\s))[^.!?]*\?\s*$/u.exec(reply);
  if (!question || question.index === 0) return `${reply} ${addition}`.trim();
  return `${reply.slice(0, question.index).trimEnd()} ${addition} ${question[0].trim()}`;
}
