import type { AllianceState } from '../alliance/index.ts';
import { DIFFICULT_FAMILIES, focusStatement, type FeelingFamily } from '../nlu/index.ts';
import type { RegionResources } from '../safety/index.ts';
import type { Move } from './move.ts';
import {
  measureDeclined,
  measureItem,
  measureResult,
  measureStopped,
  offerMeasure,
} from './measure-responses.ts';
import { addressesAgent, secondPerson } from './reflection.ts';
import {
  FIRST_CONTACT,
  renderWorkMove,
  sessionSummary,
  welcomeBackWork,
} from './alliance-responses.ts';
import {
  checkAnswered,
  contactList,
  crisisResponse,
  resumeAfterSafety,
  safetyPlanStep,
  safetyPlanSummary,
  riskCheck,
  safetyQuestion,
  supportForOther,
  unassessedResources,
} from './safety-responses.ts';
import type { Responder, ResponderContext } from './responder.ts';

/**
 * The default responder: the project's own templates filled with the person's own words. No
 * model, no randomness: the same log always yields the same reply, and a reply already given in
 * this conversation is never chosen again while an unused variant remains.
 * @example await deterministicResponder().render({ kind: 'open_session' }, state, { resources })
 */
export function deterministicResponder(): Responder {
  const responder: Responder = {
    name: 'deterministic@1',
    async render(
      move: Move,
      state: AllianceState,
      { resources, variant = 0 }: ResponderContext,
    ): Promise<string> {
      const name = state.name;
      const seed = state.clientTurnsTotal + state.sessionNumber;
      // Each choice in a reply moves with the variant at its own rate, so the variants of a
      // reply made of several choices are different combinations, not the same one shifted.
      let picks = 0;
      const pick = (options: readonly string[]) =>
        choose(options, seed + variant * (picks++ + 1), state.recentAgentTexts);
      // The answer to the direct question about risk is acknowledged, then the move is said.
      const checked = move.work?.checked;
      if (checked) {
        const { checked: _answered, ...work } = move.work!;
        const rest = await responder.render({ ...move, work }, state, { resources, variant });
        return `${checkAnswered(checked, resources, pick)} ${rest}`;
      }
      switch (move.kind) {
        case 'open_session':
          if (move.awaiting?.kind === 'consent') {
            return [
              name ? `Hello ${name}, I'm Alliance.` : "Hello, I'm Alliance.",
              ...FIRST_CONTACT,
              emergencyLine(resources),
              'Are you happy to continue on that basis?',
            ].join(' ');
          }
          return [
            name ? `Hello ${name}, I'm Alliance.` : "Hello, I'm Alliance.",
            DISCLOSURE,
            emergencyLine(resources),
            name
              ? 'What brings you here today?'
              : 'What would you like me to call you, and what brings you here today?',
          ].join(' ');
        case 'welcome_back': {
          if (move.work) {
            // The opener turns with the session, so a fourth welcome is not the first word for word.
            const who = name ? `, ${name}` : '';
            const openers = [
              `Welcome back${who}.`,
              `Good to see you again${who}.`,
              `Hello again${who}.`,
            ];
            return [
              openers[Math.max(0, state.sessionNumber - 2) % openers.length],
              REMINDER,
              welcomeBackWork(move, state, pick, state.lastEventAt),
            ].join(' ');
          }
          const since = state.concern
            ? `Last time you told me ${secondPerson(state.concern.text)}. How have things been since then?`
            : 'How have things been since we last talked?';
          return [`Welcome back${name ? `, ${name}` : ''}.`, REMINDER, since].join(' ');
        }
        case 'ask_concern':
          if (state.sessionNumber > 1) {
            return pick([
              'What would you like to focus on today?',
              'What feels most important to talk about today?',
              "What's on your mind today?",
            ]);
          }
          return [
            name
              ? pick([`Nice to meet you, ${name}.`, `Hello ${name}, good to meet you.`])
              : pick(['Hello.', 'Hi there.']),
            pick(['What brings you here today?', "What's been on your mind lately?"]),
          ].join(' ');
        case 'invite_more':
          return pick(INVITATIONS);
        case 'reflect_and_explore':
          // "Let's just talk" needs no reflection: an invitation is the answer.
          if (move.work?.listenOnly && (move.message?.analysis.wordCount ?? 0) <= 5) {
            return [
              pick([
                "We don't need to do any exercises; we can simply talk.",
                "Let's leave the suggestions aside and just talk.",
              ]),
              pick([
                "What's been on your mind this week?",
                'What would you like to talk about?',
                'Where would you like to start?',
              ]),
            ].join(' ');
          }
          return [
            // After withdrawal nothing was cleared up: the person has come back to talking.
            move.work?.repaired
              ? pick(
                  move.work.repairedKind === 'withdrawal'
                    ? ['Thank you for bearing with me.', 'Thank you for staying with this.']
                    : ['Thank you for bearing with me.', "Thanks, I'm glad we cleared that up."],
                )
              : '',
            move.work?.listenOnly
              ? pick([
                  "We don't need to do any exercises; we can simply talk.",
                  "Let's leave the suggestions aside and just talk.",
                ])
              : '',
            reflectAndExplore(move, state, pick),
          ]
            .filter(Boolean)
            .join(' ');
        case 'repair':
          if (move.work?.rupture?.quiet) {
            // Asked twice already this session how it is going: accept the short answer instead.
            return [
              pick([
                "That's okay; you don't have to say more.",
                'No pressure. We can keep this short.',
                "That's alright; we don't have to get anywhere today.",
              ]),
              pick([
                "I'm here if something comes to mind.",
                'Say as much or as little as you like.',
              ]),
            ].join(' ');
          }
          if (move.work?.rupture?.kind === 'withdrawal') {
            return [
              pick([
                "I notice I've been asking a lot, and your answers have got shorter.",
                'It feels like this may not be landing for you right now.',
                "I may be pushing too hard, and that's my doing, not yours.",
              ]),
              pick([
                "How is this conversation going for you, honestly? I'd rather hear it.",
                'Would it help to slow down, talk about something else, or just sit with it for a bit?',
                "What would make this more worth your while? It's fine to say nothing is.",
              ]),
            ].join(' ');
          }
          if ((move.work?.rupture?.attempt ?? 1) > 1) {
            return [
              pick([
                "I hear that I still haven't got it right.",
                "It sounds like I'm still missing the mark.",
              ]),
              pick([
                "Let's change how we're doing this: I'll stop suggesting things and follow your lead. What would you like to talk about?",
                "I'll drop the exercises for today. Tell me what you'd want from me instead.",
              ]),
            ].join(' ');
          }
          return [
            pick([
              "That's fair to say, and I'd rather hear it than not.",
              'Thank you for telling me straight.',
              "You're right to push back.",
            ]),
            pick([
              "I'm an AI and I can miss what matters to you.",
              'I may have missed the point of what you were saying.',
              'I got that wrong, and that is on me, not you.',
            ]),
            pick([
              'What would make this more useful for you right now?',
              'What should I understand better?',
              'Would it help to slow down, or to talk about something else?',
            ]),
          ].join(' ');
        case 'support_for_other':
          return supportForOther(move, resources, pick);
        case 'crisis_response':
          return crisisResponse(move, state, resources);
        case 'check_risk':
          return riskCheck(move, pick);
        case 'safety_question':
          return safetyQuestion(move, state, resources, pick);
        case 'safety_plan_step':
          return safetyPlanStep(move, state, resources, pick);
        case 'safety_plan_summary':
          return safetyPlanSummary(state, resources);
        case 'resume_after_safety':
          return resumeAfterSafety(state, resources);
        case 'unassessed_resources':
          return unassessedResources(resources, pick);
        case 'offer_measure':
          return offerMeasure(move, state, pick);
        case 'measure_item':
          return measureItem(move, pick);
        case 'measure_result':
          return measureResult(move, state);
        case 'measure_stopped':
          return measureStopped(move, pick);
        case 'measure_declined':
          return measureDeclined(state, pick);
        case 'close_session':
          return [
            pick([
              `Thank you for talking with me${name ? `, ${name}` : ''}.`,
              `Thank you for today${name ? `, ${name}` : ''}.`,
              `Thanks for your time today${name ? `, ${name}` : ''}.`,
            ]),
            sessionSummary(move),
            state.risk.active || state.safety.active
              ? `Before you go: if things get hard again, please contact ${contactList(resources.lines)}, or call ${resources.emergency} if you are in danger.`
              : '',
            Object.keys(state.safetyPlan).length > 0
              ? 'Your safety plan is saved: type /plan to see it.'
              : '',
            state.concern ? 'What you shared stays here, encrypted, for next time.' : '',
            state.risk.active || state.safety.active
              ? 'Come back whenever you like.'
              : `Come back whenever you like. If you are ever in danger, call ${resources.emergency}.`,
          ]
            .filter(Boolean)
            .join(' ');
        default: {
          const rendered = renderWorkMove(move, state, resources, pick);
          if (rendered === undefined) throw new Error(`no words for the move ${move.kind}`);
          return rendered;
        }
      }
    },
  };
  return responder;
}

const DISCLOSURE =
  "I'm an AI, a computer program: not a person, and not a therapist. I'm here to listen and help you think things through, but I can't diagnose anything or advise on medication.";
const REMINDER = "Just a reminder that I'm an AI, not a therapist or an emergency service.";

const INVITATIONS = [
  'Could you tell me a bit more about that?',
  "What's on your mind right now?",
  'Where would you like to start?',
  "I'm listening. What would help to talk about?",
  'Say a little more about that, if you like.',
];

const REFLECTION_FRAMES = [
  'It sounds like {x}.',
  'So {x}.',
  "You're saying {x}.",
  'If I understand you, {x}.',
];

const FEELING_ACKNOWLEDGEMENTS: Partial<Record<FeelingFamily, readonly string[]>> = {
  anxiety: [
    'That sounds like a lot of worry to carry.',
    'Living with that kind of unease is tiring.',
  ],
  sadness: ['That sounds really heavy.', "That's a painful place to be."],
  anger: ['It makes sense that you feel frustrated.', 'That sounds genuinely maddening.'],
  loneliness: ['Feeling alone with it can make everything harder.', 'That sounds isolating.'],
  exhaustion: ['No wonder you feel worn down.', 'That sounds draining.'],
  overwhelm: [
    'That is a lot to hold at once.',
    'It sounds like too much is landing on you at once.',
  ],
  shame: ['Those feelings can be hard to say out loud; thank you for trusting me with them.'],
  hurt: ['That sounds like it hurt.', 'It makes sense that it stung.'],
  confusion: ['It can be unsettling not to know which way to turn.'],
};

const OPEN_QUESTIONS = [
  'What has that been like for you?',
  'What feels hardest about it right now?',
  'How is it affecting your days?',
  'When did you first notice it?',
  'What would you like to be different?',
  'What do you make of it yourself?',
  'What usually happens when it gets bad?',
  'What has helped, even a little, so far?',
];

const GENTLE_CHECK = 'How are things for you with that now?';

const TOPIC_QUESTIONS: readonly [RegExp, string][] = [
  [
    /\b(?:work|job|boss|office|career|colleagues?)\b/iu,
    'What is it about work that weighs on you most?',
  ],
  [
    /\b(?:school|exams?|class|college|university|homework|studies|studying)\b/iu,
    'What part of your studies is hardest at the moment?',
  ],
  [
    /\b(?:partner|boyfriend|girlfriend|husband|wife|relationship|marriage)\b/iu,
    'How are things between the two of you at the moment?',
  ],
  [/\b(?:sleep|sleeping|insomnia|nights?)\b/iu, 'What are your nights like at the moment?'],
  [
    /\b(?:died|passed\s+away|death|funeral|grief|grieving|bereaved|lost\s+my)\b/iu,
    'What has the time since then been like for you?',
  ],
  [
    /\b(?:family|mum|mom|dad|parents?|brother|sister|kids?|children)\b/iu,
    'How is that playing out at home?',
  ],
  [/\b(?:money|debt|bills|rent)\b/iu, 'How much of your day does the money worry take up?'],
];

/** A turn in a sentence ("…, but…", "it is more that…"): what follows carries the weight. */
const CONTRAST =
  /\b(?:but|though|although|except|it'?s more that|it is more that|the (?:problem|thing) is|just that)\b/iu;

function reflectAndExplore(
  move: Move,
  state: AllianceState,
  pick: (options: readonly string[]) => string,
): string {
  const message = move.message!;
  const focus = focusStatement(message.text, message.analysis.sentences);
  const feeling = message.analysis.feelings.find(
    (f) => !f.negated && FEELING_ACKNOWLEDGEMENTS[f.family],
  );
  const parts: string[] = [];
  // Good news is met with gladness and curiosity about what helped, not with a reflection.
  // "My manager is fine, it is more that I feel behind": the news is in what follows the turn.
  const better =
    !feeling &&
    message.risk.level === 'none' &&
    !CONTRAST.test(message.text) &&
    message.analysis.feelings.some((f) => !f.negated && !DIFFICULT_FAMILIES.has(f.family));
  if (better) {
    return [
      pick(["It's good to hear that.", "I'm glad to hear that."]),
      pick(['What do you think has helped?', 'What has made the difference?']),
    ].join(' ');
  }
  if (focus && !addressesAgent(focus)) {
    const frame = pick(REFLECTION_FRAMES);
    parts.push(frame.replace('{x}', secondPerson(focus)));
  } else if (feeling) {
    parts.push(`It sounds like you're feeling ${feeling.word}.`);
  } else {
    parts.push(
      pick(['Thank you for telling me that.', 'I hear you.', "That's important to know."]),
    );
  }
  // Someone who asked for directness gets the reflection and the question, not the sympathy.
  if (feeling && state.work.tone !== 'direct')
    parts.push(pick(FEELING_ACKNOWLEDGEMENTS[feeling.family]!));
  // Low risk (past self-harm, a faint sign of hopelessness) is not a crisis, but it is asked
  // about gently rather than passed over.
  const lowRisk = message.risk.level === 'low' ? GENTLE_CHECK : undefined;
  const topic = lowRisk ?? TOPIC_QUESTIONS.find(([pattern]) => pattern.test(message.text))?.[1];
  // The questions among the agent's recent sentences. Splitting after each stop finds the same
  // pieces as /[^.?!]*\?/g without its backtracking, which re-scanned long replies at every
  // character, several times a turn.
  const asked = new Set(
    state.recentAgentTexts
      .flatMap((text) => text.split(/(?<=[.?!])/u).filter((piece) => piece.endsWith('?')))
      .map((q) => q.trim()),
  );
  // After withdrawal: no further question, so the next word is theirs to choose.
  if (move.work?.gentle) {
    parts.push(
      pick([
        "There's no need to say more than you want to; I'm here either way.",
        'Short answers are fine with me. We can go at whatever pace suits you.',
        "Take your time; you don't have to explain anything.",
      ]),
    );
    return parts.join(' ');
  }
  const questions =
    topic && !asked.has(topic) ? [topic] : OPEN_QUESTIONS.filter((q) => !asked.has(q));
  parts.push(pick(questions.length > 0 ? questions : OPEN_QUESTIONS));
  return parts.join(' ');
}

/** The agent's own sentence saying it is not an emergency service, with the number to call. */
export function emergencyLine(resources: RegionResources): string {
  const line = resources.lines[0];
  return `I'm not an emergency service: if you are in danger, call ${resources.emergency}${line ? ` or contact ${line.name}: ${line.contact}` : ''}.`;
}

/** A deterministic choice that skips options already said in this conversation while any remain. */
function choose(options: readonly string[], seed: number, said: readonly string[]): string {
  const fresh = options.filter((option) => !said.some((text) => text.includes(option)));
  const pool = fresh.length > 0 ? fresh : options;
  return pool[seed % pool.length]!;
}
