import type { AllianceState } from '../alliance/index.ts';
import { compareRisk } from '../core/index.ts';
import { answerOf } from '../safety/index.ts';
import type { IncomingMessage, Move, Policy, PolicyInput } from './move.ts';

/** The person is leaving: time for the end-of-session check-in. */
const CLOSING =
  /\b(?:good ?bye|bye|gotta go|got to go|have to go|need to go|that'?s all for (?:today|now)|talk (?:to you )?(?:later|tomorrow|soon)|see you|good ?night|i'?m done for (?:today|now)|signing off)\b/iu;

/**
 * The first policy: open the session (with the AI and emergency disclosures), ask what brings
 * the person here, reflect what they say and ask an open question, answer risk with the crisis
 * response and check on safety afterwards, help someone worried about another person's safety,
 * meet an objection to the agent without defensiveness, and close warmly. Rules in priority order; the first
 * that applies decides.
 * @example rulePolicy().decide({ trigger: 'session_start', state }).kind // 'open_session'
 */
export function rulePolicy(): Policy {
  return {
    decide({ trigger, state, message, dueMeasures = [] }: PolicyInput): Move {
      if (trigger === 'session_start') {
        return { kind: state.sessionNumber > 1 ? 'welcome_back' : 'open_session' };
      }
      if (trigger === 'session_end') return { kind: 'close_session' };
      if (!message) throw new Error('a client_message trigger needs a message');

      // Moderate or worse risk is the safety protocol's (the engine routes it there); a policy
      // that is asked anyway answers with the crisis response.
      if (compareRisk(message.risk.level, 'moderate') >= 0)
        return { kind: 'crisis_response', message };
      // A message the safety rules could not read: err towards offering help.
      if (!message.risk.assessable) return { kind: 'unassessed_resources', message };

      const { analysis } = message;
      // Worry about someone else's safety: guidance for supporting them, not a crisis protocol for the speaker.
      if (message.risk.aboutOthers.length > 0) return { kind: 'support_for_other', message };
      // A reading below the alarm that could still be risk is asked about directly, once a
      // session; the answer is read by the detector with the question (a yes is an alarm).
      if (riskCheckDue(message, state)) return { kind: 'check_risk', message };
      // An objection to the agent or the process comes before anything else the agent wanted to do.
      if (analysis.complaint) return { kind: 'repair', message };
      const substantive =
        analysis.contentLemmas.length >= 2 ||
        analysis.feelings.some((f) => !f.negated && f.word !== 'okay' && f.word !== 'fine');
      // The answer to the direct question, with no alarm in it, is acknowledged before anything
      // else (a yes is an alarm, and the safety protocol's).
      if (state.lastAgentMove === 'check_risk') {
        const checked = answerOf(message.text) === 'no' ? 'no' : 'unclear';
        return {
          kind: substantive ? 'reflect_and_explore' : 'invite_more',
          message,
          work: { checked },
        };
      }
      // Questionnaires: the end-of-session check-in when the person says goodbye; otherwise one
      // offer per session, once the person has said what brings them and been heard.
      const offered = state.measures.history.some(
        (record) => record.sessionNumber === state.sessionNumber && record.outcome === 'offered',
      );
      const checkIn = dueMeasures.find((due) => due.reason === 'session_end');
      if (checkIn && CLOSING.test(message.text) && !state.measures.open) {
        return { kind: 'offer_measure', message, measure: { kind: 'offer', ...checkIn } };
      }
      if (analysis.greetingOnly || (!substantive && analysis.selfName)) {
        return { kind: state.concern ? 'invite_more' : 'ask_concern', message };
      }
      const inSession = dueMeasures.find((due) => due.reason !== 'session_end');
      // In a first session the consent and the name take a turn each before the concern.
      const settled =
        state.concern !== undefined &&
        state.clientTurnsThisSession >= (state.sessionNumber === 1 ? 4 : 2);
      // Not in a session that has touched on risk, nor right after worry about someone else's
      // safety: that conversation comes first.
      const calm = state.risk.highest === 'none' && state.lastAgentMove !== 'support_for_other';
      if (inSession && settled && !offered && !state.measures.open && calm) {
        return { kind: 'offer_measure', message, measure: { kind: 'offer', ...inSession } };
      }
      if (!substantive) return { kind: 'invite_more', message };
      return { kind: 'reflect_and_explore', message };
    },
  };
}

/**
 * Whether to ask directly about a reading the detector was unsure of (`RiskAssessment.unsure`):
 * once a session, and only in open talk. An answer to one of the agent's own questions (consent,
 * a goal, a task, an exercise step, a time for the next step) is shaped by the question, and the
 * model reads such answers less reliably ("I am Sam, and direct is better for me" read 0.37); the
 * alarm itself runs on them as on every message.
 */
export function riskCheckDue(message: IncomingMessage, state: AllianceState): boolean {
  return (
    message.risk.unsure !== undefined &&
    state.risk.checked !== true &&
    compareRisk(message.risk.level, 'moderate') < 0 &&
    state.work.awaiting === undefined &&
    state.measures.awaiting === undefined
  );
}
