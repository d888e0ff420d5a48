import type { AllianceState } from '../alliance/index.ts';
import type { RiskCategory, SafetyPlanSection, SafetyQuestion } from '../core/index.ts';
import { DIFFICULT_FAMILIES } from '../nlu/index.ts';
import {
  answerHesitation,
  answerOf,
  type CrisisLine,
  type RegionResources,
} from '../safety/index.ts';
import type { Move } from './move.ts';
import { addressesAgent, secondPerson } from './reflection.ts';
import { primaryCategory, readOnlyByModel } from './safety-protocol.ts';

type Pick = (options: readonly string[]) => string;

/** "Samaritans (24/7, free): 116 123; …" */
export function contactList(lines: readonly CrisisLine[]): string {
  return lines.map((line) => `${line.name}: ${line.contact}`).join('; ');
}

/** The lines for a category: domestic abuse lines first for abuse, then the crisis lines. */
function linesFor(category: RiskCategory, resources: RegionResources): CrisisLine[] {
  return category === 'abuse' && resources.abuse
    ? [...resources.abuse, ...resources.lines]
    : resources.lines;
}

/**
 * The questions of the protocol in the project's own words. Each asks one thing, directly and
 * calmly; the wording of the timing and safety questions is what the safety module reads the next
 * "yes" or "no" against (see `askedQuestion` in src/safety).
 */
function questionText(
  question: SafetyQuestion,
  category: RiskCategory,
  resources: RegionResources,
): string {
  switch (question) {
    case 'thoughts':
      return category === 'self_harm'
        ? 'Are you also having thoughts of ending your life?'
        : 'Are you having thoughts of ending your life?';
    case 'plan':
      return 'Have you thought about how you would do it, or made a plan?';
    case 'means':
      return category === 'harm_to_others'
        ? 'Do you have access to a weapon, or anything you could use to hurt them?'
        : 'Do you have access to pills, or anything else you would use?';
    case 'timeframe':
      return category === 'harm_to_others'
        ? 'Do you feel you might hurt them soon, even tonight?'
        : 'Are you thinking of acting on these thoughts soon, such as tonight?';
    case 'safe_now':
      if (category === 'abuse') return 'Are you safe where you are right now?';
      if (category === 'harm_to_others')
        return 'Are you safe right now, and is everyone around you safe?';
      return 'Are you safe right now?';
    case 'injury':
      return 'Are you hurt, or do you need medical help for an injury?';
    case 'help_called':
      return `Have you been able to call ${resources.emergency}, or is someone getting help for you?`;
    case 'plan_offer':
      return 'Would you like to make a short safety plan together? It is a list, in your own words, of what to do and who to reach if things get this hard again. We can take it one step at a time, and you can skip any step.';
  }
}

/**
 * The first response to a new or worse risk: acknowledge and validate, give the resources for
 * the person's locale (domestic abuse lines for abuse), urge emergency services when the risk is
 * imminent or medical, and ask the first question.
 * @see Stanley B, Brown GK. Cogn Behav Pract 2012;19(2):256–64 (safety planning; crisis lines and emergency services as the last steps).
 * @see Dazzi T, et al. Psychol Med 2014;44(16):3361–3 (asking directly does not raise risk).
 */
export function crisisResponse(
  move: Move,
  state: AllianceState,
  resources: RegionResources,
): string {
  const categories = move.message?.risk.categories.length
    ? move.message.risk.categories
    : state.safety.categories;
  const category = primaryCategory(categories);
  const imminent = move.message?.risk.level === 'imminent' || state.safety.level === 'imminent';
  const name = state.name ? `, ${state.name}` : '';
  const escalation = state.safety.asked.length > 0;
  // Risk the learned model read in words that did not say it ("I haven't left the flat since
  // Thursday"): the response checks, rather than telling the person what they feel.
  const inferred = move.message !== undefined && readOnlyByModel(move.message.risk);
  const parts: string[] = [];
  switch (category) {
    case 'medical_emergency':
      parts.push(
        `This needs medical help right now${name}. Please call ${resources.emergency} straight away, or ask someone near you to call, and tell them what happened and when.`,
        // Hurt by someone who may still be there: opening the door to them is the wrong advice.
        categories.includes('abuse')
          ? 'If the person who hurt you is still there, get to a safe place or somewhere with other people if you can, and tell the operator they are there.'
          : 'If you can, unlock the door and stay where someone can reach you.',
      );
      break;
    case 'abuse':
      parts.push(
        `I'm so sorry this is happening${name}. It is not your fault, and you deserve to be safe.`,
        imminent
          ? `If you are in danger right now, call ${resources.emergency}, and if you can, get to a safe place or somewhere with other people.`
          : `If you are ever in immediate danger, call ${resources.emergency}.`,
      );
      break;
    case 'harm_to_others':
      parts.push(
        'Thank you for telling me. It takes courage to say that, and it means part of you wants to keep everyone safe.',
        `If you feel you might act on it, please move away from the person and from anything you could use, and call ${resources.emergency}.`,
      );
      break;
    case 'self_harm':
      parts.push(
        `Thank you for telling me${name}. Hurting yourself is often a way of getting through pain that feels unbearable, and you deserve care and support with it, not judgement.`,
        imminent
          ? `If you are badly hurt or in danger, please call ${resources.emergency} now.`
          : '',
      );
      break;
    case 'suicide':
      parts.push(
        move.fromMeasure
          ? `Thank you for answering that honestly${name}. You said you've had thoughts that you would be better off dead or of hurting yourself, and that matters more to me than finishing the questionnaire.`
          : escalation
            ? 'Thank you for being honest with me. That takes courage, and I want to understand how close the danger is.'
            : inferred && !imminent
              ? `Thank you for telling me${name}. That sounds hard, and I'd like to check on something directly, because your safety matters more than anything else we could talk about.`
              : `I'm really glad you told me${name}. It sounds like you are in a lot of pain right now, and your safety matters more than anything else we could talk about.`,
        imminent
          ? `Please call ${resources.emergency} now, or go to the nearest emergency department. If you can, ask someone to stay with you.`
          : '',
      );
      break;
  }
  parts.push(
    `I'm an AI and I can't call anyone for you, but people are ready to help right now: ${contactList(linesFor(category, resources))}.`,
  );
  if (!imminent && (category === 'suicide' || category === 'self_harm')) {
    parts.push(
      inferred
        ? `If you ever feel you might act on thoughts of ending your life or hurting yourself, call ${resources.emergency}.`
        : `If you feel you might act on these thoughts, call ${resources.emergency}.`,
    );
  }
  if (move.asks) parts.push(questionText(move.asks as SafetyQuestion, category, resources));
  return parts.filter(Boolean).join(' ');
}

/**
 * The person's own word for a hard feeling in their answer, named back before the protocol goes
 * on: "no plan, I just feel empty" is more than a no. Acknowledging and validating comes first in
 * the protocol (docs/safety.md), and a reply that skips the feeling to ask the next question is
 * not listening.
 */
function feltInAnswer(move: Move): string | undefined {
  const felt = (move.message?.analysis.feelings ?? []).filter(
    (f) => !f.negated && DIFFICULT_FAMILIES.has(f.family),
  );
  const feeling = felt.find((f) => WARNING_FEELINGS.has(f.word)) ?? felt[0];
  return feeling ? `It sounds like you're feeling ${feeling.word}.` : undefined;
}

/**
 * Feelings that are warning signs in a safety conversation: when an answer names several ("so
 * tired and hopeless"), one of these is the one named back.
 * @see Beck AT, et al. Am J Psychiatry 1985;142(5):559–63 (hopelessness predicts eventual suicide).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): hopelessness and feeling intolerably alone as suicidal desire.
 */
const WARNING_FEELINGS: ReadonlySet<string> = new Set([
  'hopeless',
  'despair',
  'alone',
  'lonely',
  'isolated',
]);

/**
 * What is said back to an answer that holds back: not knowing is all right (and the question
 * comes again with a way to answer it), and not wanting to go into it is respected while the
 * question stays.
 */
const HESITATION_HEARD = {
  unsure: [
    "It's okay not to be sure.",
    'Not knowing is all right too.',
    'It can be hard to know, and that is all right.',
  ],
  declined: [
    "That's okay, you don't have to go into it. I'm asking because your safety matters.",
    "You don't have to say more than you want to. I'm asking because I care about your safety.",
  ],
} as const;

/** A bare shrug ("ok", "fine", "whatever"): neither an answer nor anything to give back. */
function shrugged(move: Move): boolean {
  const text = move.message?.text.trim() ?? '';
  return (
    move.message !== undefined &&
    move.message.analysis.wordCount <= 2 &&
    SHRUG_START.test(text) &&
    answerOf(text) === 'unclear'
  );
}

/** A shrug at the start of an answer: nothing in it to give back. */
const SHRUG_START =
  /^(?:i\s+)?(?:don'?t|dont|do not)\s+know\b|^(?:idk|dunno|not sure|maybe|whatever|ok|okay|fine)\b/iu;

/**
 * An answer that is neither yes nor no but says something ("im at my sisters now" to "are you
 * safe where you are?"), given back in the person's words before the question comes again, so
 * the question does not sound as if it was not heard.
 */
function heardInAnswer(move: Move): string | undefined {
  const message = move.message;
  if (!message) return undefined;
  const text = message.text.trim();
  const words = message.analysis.wordCount;
  if (words < 4 || words > 20 || text.includes('?') || SHRUG_START.test(text)) return undefined;
  if (addressesAgent(text)) return undefined;
  const said = secondPerson(text);
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
}

/** A protocol question after the first response: a short acknowledgement, what the answer means, the next question. */
export function safetyQuestion(
  move: Move,
  state: AllianceState,
  resources: RegionResources,
  pick: Pick,
): string {
  const category = primaryCategory(state.safety.categories);
  const question = move.asks as SafetyQuestion;
  const answers = state.safety.answers;
  const parts: string[] = [];
  const unsafe = answers.safe_now === 'no' || answers.help_called === 'no';
  const felt = feltInAnswer(move);
  if (felt) parts.push(felt);
  // Holding back is said back only to an answer without risk of its own: "idk. kill me" is not
  // met with "it's okay not to be sure".
  const hesitation =
    move.message && move.message.risk.evidence.every((item) => item.rule.startsWith('context.'))
      ? answerHesitation(move.message.text)
      : undefined;
  if (!move.message) {
    // A new session while an episode is still open: welcome back, and safety first.
    parts.push(
      `Welcome back${state.name ? `, ${state.name}` : ''}. I'm an AI, not a therapist or an emergency service.`,
      'Last time we talked you were going through something very hard, so I want to check in with you first.',
      `If you are in danger, call ${resources.emergency}; you can also reach ${contactList(linesFor(category, resources))}.`,
    );
  } else if (unsafe && (question === 'safe_now' || question === 'help_called')) {
    parts.push(
      `I'm worried about you, and I want you to get help now. Please call ${resources.emergency}, or reach ${contactList(linesFor(category, resources))}.`,
      'If you can, go to where other people are, or ask someone to come to you.',
    );
  } else if (answers[question] === 'unclear') {
    // Asked again after an answer that was neither yes nor no ("ok", "fine", "idk"): thanking the
    // person for an answer they did not give, in the same words each time, would not be
    // listening. Say why the question comes back, and that a yes or a no is enough.
    const times = state.safety.asked.filter((ask) => ask === question).length;
    const heard = felt || hesitation ? undefined : heardInAnswer(move);
    if (heard) parts.push(heard);
    parts.push(
      hesitation
        ? pick(HESITATION_HEARD[hesitation])
        : times < 2
          ? "I want to be sure I've understood you."
          : "I'm asking again because it matters more than anything else we could talk about.",
    );
    parts.push(reminder(category, state, resources));
    parts.push(
      questionText(question, category, resources),
      // Someone unsure can still say which way it leans.
      hesitation === 'unsure'
        ? 'If you had to choose, is it closer to yes or to no?'
        : 'A yes or a no is enough.',
    );
    return parts.join(' ');
  } else {
    parts.push(
      hesitation
        ? pick(HESITATION_HEARD[hesitation])
        : felt
          ? 'Thank you for telling me.'
          : shrugged(move)
            ? // "ok" asked twice is taken as it is, and not thanked as an answer.
              pick(['All right.', "All right, let's go on."])
            : pick([
                'Thank you for answering that.',
                'Thank you for telling me.',
                "I'm still here with you.",
                'That helps me understand.',
              ]),
    );
    parts.push(reminder(category, state, resources));
  }
  parts.push(questionText(question, category, resources));
  return parts.join(' ');
}

/** The line about getting help that fits where the episode is. */
function reminder(
  category: RiskCategory,
  state: AllianceState,
  resources: RegionResources,
): string {
  const answers = state.safety.answers;
  const lines = contactList(linesFor(category, resources));
  if (answers.help_called === 'yes') {
    return `I'm glad help is on the way. Stay where they can reach you, and tell them what happened. If anything gets worse before they arrive, call ${resources.emergency} again. You can also reach ${lines}.`;
  }
  if (category === 'medical_emergency') {
    return `Please call ${resources.emergency} now if you have not yet; you can also reach ${lines}.`;
  }
  if (state.safety.level === 'imminent' || answers.timeframe === 'yes') {
    return `Because the danger sounds close, please call ${resources.emergency} now; you can also reach ${lines}.`;
  }
  if (category === 'abuse') {
    return `If you are in danger at any point, call ${resources.emergency}; you can also reach ${lines}.`;
  }
  return `If at any point you feel you might act on it, call ${resources.emergency}; you can also reach ${lines}.`;
}

/** What each safety-plan step asks, after the Safety Planning Intervention's six steps. */
const PLAN_STEPS: Record<SafetyPlanSection, string> = {
  warning_signs:
    'First step: what tends to tell you a crisis might be building? Thoughts, feelings, situations, whatever you notice.',
  coping_steps:
    'Next: what can you do on your own to get through a hard moment, even a little? For example a walk, music, a shower, or holding something cold.',
  people_and_places:
    'Which people or places help take your mind off things? A friend, a café, a park, a relative you can visit.',
  people_to_ask: 'Who could you ask for help when things get hard? Names and numbers, if you like.',
  professionals:
    'Which professionals or services could you contact, such as your doctor, a therapist or a support worker? I will add the crisis lines to your plan either way.',
  safer_means:
    'Last step: what could make your surroundings safer while things are hard? For example giving medication to someone you trust to hold, or staying away from places you have thought about.',
};

/** Titles of the plan's sections as the person sees them. */
export const PLAN_TITLES: Record<SafetyPlanSection, string> = {
  warning_signs: 'Warning signs',
  coping_steps: 'Things I can do on my own',
  people_and_places: 'People and places that take my mind off things',
  people_to_ask: 'People I can ask for help',
  professionals: 'Professionals and services',
  safer_means: 'Making my surroundings safer',
};

/** One step of building the safety plan. */
export function safetyPlanStep(
  move: Move,
  state: AllianceState,
  resources: RegionResources,
  pick: Pick,
): string {
  const section = (move.asks ?? 'plan:warning_signs').slice('plan:'.length) as SafetyPlanSection;
  const first = section === 'warning_signs';
  return [
    first
      ? 'Thank you. Let’s build it together.'
      : pick(['Thank you, I’ve added that.', 'Got it, that’s in your plan.', 'Thank you, noted.']),
    PLAN_STEPS[section],
    "(Say 'skip' to leave this one out. If you are in danger, call " + resources.emergency + '.)',
  ].join(' ');
}

/**
 * The person's safety plan as text, section by section, always ending with the crisis lines and
 * the emergency number for their locale; after an episode about abuse, the domestic abuse lines
 * come first, as in the protocol's replies.
 * @example formatSafetyPlan(state.safetyPlan, resources, state.safety.categories)
 */
export function formatSafetyPlan(
  plan: AllianceState['safetyPlan'],
  resources: RegionResources,
  categories: readonly RiskCategory[] = [],
): string {
  const crisisLines = categories.includes('abuse') ? linesFor('abuse', resources) : resources.lines;
  const lines: string[] = ['Your safety plan'];
  (Object.keys(PLAN_TITLES) as SafetyPlanSection[]).forEach((section, index) => {
    const items = plan[section] ?? [];
    if (section === 'professionals') {
      lines.push(
        `${index + 1}. ${PLAN_TITLES[section]}: ${[...items, ...crisisLines.map((line) => `${line.name}: ${line.contact}`)].join('; ')}`,
      );
    } else if (items.length > 0) {
      lines.push(`${index + 1}. ${PLAN_TITLES[section]}: ${items.join('; ')}`);
    } else {
      lines.push(`${index + 1}. ${PLAN_TITLES[section]}: (not filled in yet)`);
    }
  });
  lines.push(`In an emergency: call ${resources.emergency}.`);
  return lines.join('\n');
}

/** The finished plan, and a gentle return to the conversation. */
export function safetyPlanSummary(state: AllianceState, resources: RegionResources): string {
  return [
    'Thank you for making this with me. Here it is:',
    formatSafetyPlan(state.safetyPlan, resources, state.safety.categories),
    'It is saved. Type /plan at any time to see it again (or run `alliance safety-plan`).',
    'How are you feeling now, having put it together?',
  ].join('\n');
}

/** Closing the episode when the person is safe and does not want a plan now. */
export function resumeAfterSafety(state: AllianceState, resources: RegionResources): string {
  const category = primaryCategory(state.safety.categories);
  return [
    "That's completely fine. Thank you for staying with me through those questions.",
    `If things get hard again, you can reach ${contactList(linesFor(category, resources))}, and if you are in danger, call ${resources.emergency}.`,
    'We can make a safety plan whenever you like; just say so.',
    state.concern
      ? 'Whenever you are ready, we can go back to what you came to talk about. Where would you like to go from here?'
      : 'Where would you like to go from here?',
  ].join(' ');
}

/**
 * The direct question for a reading the detector was unsure of (`check_risk`): said plainly, with
 * room to say no, and one question only, last, because the safety module reads the next "yes" or
 * "no" against it (`askedQuestion`): a yes is an alarm of the category asked about.
 * @see Dazzi T, et al. Psychol Med 2014;44(16):3361–3 (asking about suicide does not induce it).
 * @see Horowitz LM, et al. Arch Pediatr Adolesc Med 2012;166(12):1170–6 (ASQ: asking in plain words).
 */
export function riskCheck(move: Move, pick: Pick): string {
  const category = riskCheckCategory(move);
  const opening = pick([
    "I'd like to check something with you, and I may have read you wrong.",
    "I want to ask you something directly, and it's fine to say no.",
  ]);
  return `${opening} ${RISK_CHECK_REASONS[category]} ${RISK_CHECK_QUESTIONS[category]}`;
}

/** What a `check_risk` move asks about: the detector's unsure category (suicide if none came). */
export function riskCheckCategory(move: Move): RiskCategory {
  return move.message?.risk.unsure?.category ?? 'suicide';
}

const RISK_CHECK_REASONS: Record<RiskCategory, string> = {
  suicide: 'When people say things like that, they are sometimes thinking about suicide.',
  self_harm: 'What you said can go with wanting to hurt yourself.',
  harm_to_others:
    'Feelings like that can come with thoughts of hurting someone, and it helps to say so.',
  abuse: 'What you describe could mean that you are not safe with someone.',
  medical_emergency: 'I want to be sure you are physically all right.',
};

/**
 * The direct question of `riskCheck` for each category. The output guard holds any responder's
 * check to it: the safety module reads the next "yes" against these words.
 */
export const RISK_CHECK_QUESTIONS: Record<RiskCategory, string> = {
  suicide: 'Are you having thoughts of suicide?',
  self_harm: 'Are you thinking about hurting yourself?',
  harm_to_others: 'Are you worried that you might hurt someone?',
  abuse: 'Is someone hurting you, or making you afraid?',
  medical_emergency: 'Have you taken anything, or are you hurt in a way that needs a doctor now?',
};

/** Said before the next move when the answer to `riskCheck` carried no alarm. */
export function checkAnswered(
  answer: 'no' | 'unclear',
  resources: RegionResources,
  pick: Pick,
): string {
  if (answer === 'no')
    return pick([
      "Thank you for answering that. I'd rather ask than guess.",
      'Thank you for telling me. I ask because it matters.',
    ]);
  return `That's all right; it isn't always easy to say. If thoughts like that come, you can tell me, and if you are ever in danger, please call ${resources.emergency}.`;
}

/** For a message the safety rules could not read: err towards offering help. */
export function unassessedResources(resources: RegionResources, pick: Pick): string {
  return [
    pick([
      "I'm sorry, I can only understand English well, so I may have missed something important in what you wrote.",
      'I may not have understood that: I can only read English reliably.',
    ]),
    `If you are in danger or thinking of harming yourself, please call ${resources.emergency} now, or contact ${contactList(resources.lines)}.`,
    'Could you tell me in English how you are doing?',
  ].join(' ');
}

/** Medical help already called for someone: "the ambulance is coming", "paramedics are here". */
const HELP_COMING =
  /\b(?:ambulance|paramedics?|the doctor|an? (?:gp|nurse))\b[^.!?\n]{0,30}\b(?:is|are|'s|'re)? ?(?:coming|on (?:its|their|the) way|here|arrived|arriving)\b|\b(?:called|rang|phoned) (?:an? ambulance|the ambulance|the paramedics)\b/iu;

/**
 * For a person worried about someone else's safety: what to do now for that person (emergency
 * services for a medical emergency or immediate danger), lines that advise people supporting
 * someone, and for suicide the encouragement to ask directly, which does not raise their risk.
 * @see Dazzi T, et al. Psychol Med 2014;44(16):3361–3 (asking about suicide does not induce it).
 * @see 988 Suicide & Crisis Lifeline: callers may ring on behalf of someone they are worried about.
 */
export function supportForOther(move: Move, resources: RegionResources, pick: Pick): string {
  const aboutOthers = move.message?.risk.aboutOthers ?? [];
  const categories = new Set(aboutOthers.map((item) => item.category));
  // Someone in front of the person may be poisoned or too ill to wait (a child who swallowed a
  // pod, a baby who will not wake): the call comes first, before any acknowledgement.
  const emergencyNow = aboutOthers.some(
    (item) => item.category === 'medical_emergency' && item.level === 'imminent',
  );
  // "my sister is going to end it all tonight": intent with a time is an emergency for her too.
  const intentNow =
    !emergencyNow &&
    aboutOthers.some((item) => item.category === 'suicide' && item.level === 'imminent');
  // "the ambulance is coming": medical help already called is acknowledged, not asked for again
  // (only medical help: with danger from a person, staying with them may not be safe).
  const helpComing = HELP_COMING.test(move.message?.text ?? '');
  const parts: string[] = [];
  if (helpComing) {
    parts.push(
      `I'm glad help is on the way. Stay with them until it arrives, and follow what the operator or the paramedics tell you; if they get worse before then, call ${resources.emergency} again and say so.`,
    );
  } else if (emergencyNow) {
    parts.push(
      `Please call ${resources.emergency} now and tell them what happened and when; if something was swallowed, keep the packet or bottle to show them.`,
      'Stay with them while you wait, and follow what the operator tells you.',
    );
  } else if (intentNow) {
    parts.push(
      `This sounds urgent. Please call ${resources.emergency} now and tell them what was said, when, and where they might be.`,
      'If you can reach them, stay with them, in person or on the phone, until help is there.',
    );
  } else {
    parts.push(
      pick([
        "It sounds like you're worried about someone you care about, and that is a heavy thing to hold.",
        "I can hear how much you care about them. Worrying about someone's safety is hard.",
      ]),
      categories.has('medical_emergency')
        ? `If they may have taken something, are badly hurt or will not wake up, call ${resources.emergency} for them right now and follow what the operator tells you.`
        : `If they are in danger right now, call ${resources.emergency} and, if it is safe for you, stay with them.`,
    );
  }
  const lines =
    categories.has('abuse') && resources.abuse
      ? [...resources.abuse, ...resources.lines]
      : resources.lines;
  parts.push(`These lines also help people who are supporting someone: ${contactList(lines)}.`);
  if ((categories.has('suicide') || categories.size === 0) && !intentNow) {
    parts.push(
      'Asking them directly whether they are thinking about suicide does not put the idea in their head, and it often brings relief.',
    );
  }
  // A child who swallowed something cannot have "told you" anything: ask about the call.
  if (helpComing) parts.push('How are you holding up yourself?');
  else if (emergencyNow || intentNow) parts.push('Have you been able to call?');
  else parts.push(pick(['What have they told you so far?', 'How are you holding up yourself?']));
  return parts.join(' ');
}
