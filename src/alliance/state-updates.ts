import type { EventPayloads } from '../core/index.ts';
import { DIFFICULT_FAMILIES, focusStatement, type TextAnalysis } from '../nlu/index.ts';
import type { AllianceState } from './alliance-state.ts';

/** An event the alliance stage wants recorded, before ids and timestamps are given. */
export type StateUpdate =
  | { type: 'profile.updated'; payload: EventPayloads['profile.updated'] }
  | { type: 'concern.stated'; payload: EventPayloads['concern.stated'] };

/** A question addressed to the agent: interrogative opening and "you", or "tell me…". */
const QUESTION_TO_AGENT =
  /^(?:(?:are|can|could|do|did|will|would|what|who|where|why|how|is|have)\b[^.!]*\byou\b|tell me (?:a|about you)|what'?s the\b)/iu;

/**
 * What a client message changes in the alliance state, as events: a name the person gives for
 * themselves, and their concern in their own words the first time they state one (at least
 * three words, or a difficult feeling).
 * @example stateUpdatesForMessage(state, 'evt_1', 'Hi, I am Sam', analysis) // [{ type: 'profile.updated', payload: { name: 'Sam' } }]
 */
export function stateUpdatesForMessage(
  state: AllianceState,
  messageId: string,
  text: string,
  analysis: TextAnalysis,
): StateUpdate[] {
  const updates: StateUpdate[] = [];
  if (analysis.selfName && analysis.selfName !== state.name) {
    updates.push({ type: 'profile.updated', payload: { name: analysis.selfName } });
  }
  if (!state.concern) {
    const focus = focusStatement(text, analysis.sentences);
    const painful = analysis.feelings.some((f) => !f.negated && DIFFICULT_FAMILIES.has(f.family));
    const words = focus?.split(/\s+/u).length ?? 0;
    // A question put to the agent ("are you a real therapist?") is not what brings them.
    const toAgent = QUESTION_TO_AGENT.test(text.trim());
    if (focus && !analysis.greetingOnly && !toAgent && (words >= 3 || painful)) {
      updates.push({ type: 'concern.stated', payload: { text: focus, messageId } });
    }
  }
  return updates;
}
