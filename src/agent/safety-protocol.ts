import type { AllianceState } from '../alliance/index.ts';
import {
  SAFETY_PLAN_SECTIONS,
  compareRisk,
  type EventPayloads,
  type RiskCategory,
  type RiskLevel,
  type SafetyAsk,
  type SafetyPlanSection,
  type SafetyQuestion,
} from '../core/index.ts';
import { answerOf, statesSafety, type RiskAssessment } from '../safety/index.ts';
import type { IncomingMessage, Move } from './move.ts';

/** An event the protocol wants recorded (ids and times are added by the engine). */
export type ProtocolUpdate =
  | { type: 'safety.answer'; payload: EventPayloads['safety.answer'] }
  | { type: 'safety_plan.updated'; payload: EventPayloads['safety_plan.updated'] }
  | { type: 'safety.mode_resolved'; payload: EventPayloads['safety.mode_resolved'] };

/** The protocol's next move and what it records. */
export interface ProtocolStep {
  move: Move;
  updates: ProtocolUpdate[];
}

/**
 * The questions asked for each kind of risk, in order. Asking directly about thoughts, plan,
 * means and timing is the core of suicide risk assessment and does not increase risk; for
 * self-harm the first concern is an injury that needs care; for abuse, safety where the person
 * is; for a medical emergency, that help has been called.
 * @see Dazzi T, et al. Psychol Med 2014;44(16):3361–3 (asking about suicide does not induce it).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022).
 * @see NICE guideline NG225 (2022), self-harm: physical health first.
 */
const QUESTION_ORDER: Record<RiskCategory, readonly SafetyQuestion[]> = {
  suicide: ['thoughts', 'plan', 'means', 'timeframe', 'safe_now', 'plan_offer'],
  self_harm: ['injury', 'thoughts', 'safe_now', 'plan_offer'],
  harm_to_others: ['timeframe', 'means', 'safe_now', 'plan_offer'],
  abuse: ['safe_now', 'plan_offer'],
  medical_emergency: ['help_called', 'safe_now', 'plan_offer'],
};

/** The person says the agent misread them: no emergency, not what they meant. */
const CORRECTION =
  /\b(?:that'?s not what i meant|not what i meant|i didn'?t mean (?:it|that)|i (?:was|am) (?:just )?(?:joking|talking about|describing|on about)|(?:it'?s |there'?s )?no(?:t an?)? emergency|not in (?:any )?danger|nobody(?:'s| is) (?:hurt|in danger)|you misread|you misunderstood|i meant (?:a|my|the|that)|it was a (?:joke|figure of speech|hangover))\b/iu;

// When the person says there are no thoughts of suicide, the plan, means and timing questions are skipped.
const FOLLOW_THOUGHTS: ReadonlySet<SafetyQuestion> = new Set(['plan', 'means', 'timeframe']);
const NOT_AN_ANSWER =
  /^\s*(?:skip|pass|next|no|nope|nah|none|nothing|not sure|i don'?t know|dunno|idk|no idea|can'?t think of (?:any|anything))\b/iu;

/**
 * One step of the safety protocol while safety mode is on: reads the message as the answer to
 * what was asked, records it, and chooses the next question, the safety plan step, or the close
 * of the episode. The first response to a new or worse risk is the crisis response. Exercises,
 * homework and questionnaires cannot happen here: this function is the only policy consulted in
 * safety mode, and it only returns safety moves.
 * @example safetyProtocolStep(state, message, { entered: true }).move.kind // 'crisis_response'
 */
export function safetyProtocolStep(
  state: AllianceState,
  message: IncomingMessage,
  options: { entered: boolean },
): ProtocolStep {
  const updates: ProtocolUpdate[] = [];
  const safety = state.safety;
  const answers = { ...safety.answers };
  const lastAsked = safety.lastAsked;
  const primary = primaryCategory(safety.categories);

  if (lastAsked?.startsWith('plan:')) {
    const section = lastAsked.slice('plan:'.length) as SafetyPlanSection;
    const items = planItems(message.text);
    if (items.length > 0)
      updates.push({ type: 'safety_plan.updated', payload: { section, items } });
  } else if (lastAsked) {
    const question = lastAsked as SafetyQuestion;
    // Risk in this message answers a risk question with yes, whatever else it says. Risk only
    // carried over from the message before ("idk" after "I want to die") is not an answer: the
    // answer is recorded as it was given, and an unclear one is asked once more.
    const answer =
      compareRisk(message.risk.level, 'moderate') >= 0 &&
      !message.risk.evidence.every((item) => item.rule.startsWith('context.carried-')) &&
      question !== 'safe_now' &&
      question !== 'help_called' &&
      question !== 'plan_offer'
        ? 'yes'
        : question === 'safe_now' && statesSafety(message.text)
          ? 'yes'
          : answerOf(message.text, question);
    answers[question] = answer;
    updates.push({ type: 'safety.answer', payload: { question, answer, messageId: message.id } });
  }

  // A misreading corrected: "no, I meant a hangover, I'm fine". Without risk in the correction,
  // the person is asked once whether they are safe now; a yes closes the episode as no longer
  // indicated (the clinician alert already sent stands, for a human to review).
  if (
    !options.entered &&
    compareRisk(message.risk.level, 'low') < 0 &&
    CORRECTION.test(message.text)
  ) {
    const safeNow = statesSafety(message.text) || answers.safe_now === 'yes';
    if (safeNow) {
      if (lastAsked !== 'safe_now')
        updates.push({
          type: 'safety.answer',
          payload: { question: 'safe_now', answer: 'yes', messageId: message.id },
        });
      updates.push({ type: 'safety.mode_resolved', payload: { reason: 'no_longer_indicated' } });
      return { move: { kind: 'resume_after_safety', message }, updates };
    }
    return { move: { kind: 'safety_question', message, asks: 'safe_now' }, updates };
  }

  // "No" to "are you safe right now?" is itself read as risk (the rules carry the episode into
  // the answer: `context.safe_now-no`), so it can raise the level and re-enter safety mode. It is
  // the answer the protocol asked for, not a new crisis: the person hears that the agent is
  // worried and wants them to get help now (`safetyQuestion`), not the opening response again.
  const answeredUnsafe =
    (lastAsked === 'safe_now' || lastAsked === 'help_called') &&
    answers[lastAsked] === 'no' &&
    message.risk.evidence.length > 0 &&
    message.risk.evidence.every((evidence) => evidence.rule.startsWith('context.'));
  if (answeredUnsafe)
    return { move: { kind: 'safety_question', message, asks: lastAsked }, updates };

  if (options.entered) {
    let asks = firstQuestion(primary, message.risk.level, readOnlyByModel(message.risk));
    const said = primary === 'suicide' ? saidInMessage(message.risk) : [];
    // Intent already stated: asking whether there are thoughts of suicide would not be listening.
    if (primary === 'suicide' && asks !== 'thoughts') said.unshift('thoughts');
    for (const question of said) {
      if (answers[question] !== undefined) continue;
      answers[question] = 'yes';
      updates.push({
        type: 'safety.answer',
        payload: { question, answer: 'yes', messageId: message.id },
      });
    }
    // "I'm going to jump off the bridge on Friday": the plan and the time were said.
    if (answers[asks] !== undefined) asks = nextQuestion(primary, answers, safety.asked);
    return { move: { kind: 'crisis_response', message, asks }, updates };
  }

  // A plan under way: the next section, or the finished plan.
  if (answers.plan_offer === 'yes') {
    const done = new Set(safety.asked.filter((ask) => ask.startsWith('plan:')));
    const next = SAFETY_PLAN_SECTIONS.find((section) => !done.has(`plan:${section}`));
    if (next) return { move: { kind: 'safety_plan_step', message, asks: `plan:${next}` }, updates };
    updates.push({ type: 'safety.mode_resolved', payload: { reason: 'person_safe' } });
    return { move: { kind: 'safety_plan_summary', message }, updates };
  }
  if (answers.plan_offer === 'no' || answers.plan_offer === 'unclear') {
    updates.push({ type: 'safety.mode_resolved', payload: { reason: 'person_safe' } });
    return { move: { kind: 'resume_after_safety', message }, updates };
  }

  const next = nextQuestion(primary, answers, safety.asked);
  return { move: { kind: 'safety_question', message, asks: next }, updates };
}

/**
 * The screening questions a message has already answered in words, by the rules that read it:
 * a method with intent (a plan), the means at hand, a time. A finding of the learned model says
 * none of these, so nothing is taken from it.
 */
const SAID_BY_RULE: readonly [SafetyQuestion, RegExp][] = [
  ['plan', /^suicide\.(?:plan|method-act|method-set-now|overdose-planned)/u],
  ['means', /^modifier\.means$/u],
  ['timeframe', /^modifier\.timeframe$/u],
];

function saidInMessage(risk: RiskAssessment): SafetyQuestion[] {
  return SAID_BY_RULE.filter(([, rule]) =>
    risk.evidence.some((item) => item.category === 'suicide' && rule.test(item.rule)),
  ).map(([question]) => question);
}

/**
 * The first question of the crisis response: for suicide it depends on what was said (a wish to
 * be dead asks about thoughts, stated intent asks about a plan, imminent risk asks about safety
 * now); for other categories it is the category's first question. Risk that only the learned
 * model read (`inferred`) was not said in words, so the screening starts at its first step,
 * thoughts, however confident the reading: "have you thought about how you would do it?" to
 * someone who said only that they had not left the flat for days presumes what they never said.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS screen: wish to be dead and thoughts come before method, intent and plan).
 */
export function firstQuestion(
  category: RiskCategory,
  level: RiskLevel,
  inferred = false,
): SafetyQuestion {
  if (category !== 'suicide') return QUESTION_ORDER[category][0]!;
  if (level === 'imminent') return 'safe_now';
  return compareRisk(level, 'high') >= 0 && !inferred ? 'plan' : 'thoughts';
}

/**
 * Whether only the learned model (and the modifiers that qualify its reading) found the risk: its
 * findings are named after it, and the detector's name ends with it ("rules@19+model@16").
 */
export function readOnlyByModel(risk: RiskAssessment): boolean {
  const model = risk.detector.split('+')[1];
  return (
    model !== undefined &&
    risk.evidence.length > 0 &&
    risk.evidence.every((e) => e.rule.startsWith(`${model}.`) || e.rule.startsWith('modifier.'))
  );
}

/**
 * The question to ask next: the first of the category's questions not yet answered, skipping
 * plan, means and timing once the person has said there are no thoughts of suicide. Until the
 * person says they are safe (or that help has been called), that question is asked again rather
 * than moving on to the safety plan.
 */
function nextQuestion(
  category: RiskCategory,
  answers: Partial<Record<SafetyQuestion, 'yes' | 'no' | 'unclear'>>,
  asked: readonly SafetyAsk[],
): SafetyQuestion {
  // Safety first: until the person says they are safe, or that help is on its way, ask again.
  for (const gate of ['help_called', 'safe_now'] as const) {
    if (answers[gate] !== undefined && answers[gate] !== 'yes') return gate;
  }
  for (const question of QUESTION_ORDER[category]) {
    if (question === 'plan_offer') return question;
    if (FOLLOW_THOUGHTS.has(question) && answers.thoughts === 'no') continue;
    const answer = answers[question];
    if (answer === undefined) return question;
    const gate = question === 'safe_now' || question === 'help_called';
    if (gate && answer !== 'yes') return question;
    // An unclear answer to a risk question is asked once more, then taken as it is.
    if (answer === 'unclear' && asked.filter((ask) => ask === question).length < 2) return question;
  }
  return 'plan_offer';
}

/** The category that leads the protocol: the most urgent of those found. */
export function primaryCategory(categories: readonly RiskCategory[]): RiskCategory {
  const urgency: RiskCategory[] = [
    'medical_emergency',
    'abuse',
    'harm_to_others',
    'suicide',
    'self_harm',
  ];
  return urgency.find((category) => categories.includes(category)) ?? 'suicide';
}

/**
 * A safety-plan answer as a list of items in the person's words: split on lines, semicolons,
 * commas and "and"; "skip" or "I don't know" gives none.
 * @example planItems('my sister, a walk and music') // ['my sister', 'a walk', 'music']
 */
export function planItems(text: string): string[] {
  if (NOT_AN_ANSWER.test(text) && text.trim().split(/\s+/u).length <= 4) return [];
  return text
    .split(/\n|;|,|\s+and\s+|\s+or\s+|•|\s-\s/u)
    .map((item) =>
      item
        .trim()
        .replace(/^(?:maybe|probably|i (?:could|can|would|might)|i'?d)\s+/iu, '')
        .replace(/[.!]+$/u, ''),
    )
    .filter((item) => /\p{L}/u.test(item))
    .slice(0, 10);
}
