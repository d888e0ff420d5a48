import type { AllianceState } from '../alliance/index.ts';
import type { RegionResources } from '../safety/index.ts';
import type { Move } from './move.ts';
import { secondPerson } from './reflection.ts';

type Pick = (options: readonly string[]) => string;

/**
 * What Alliance tells a person before they start: what it is, what it can and cannot do, that it
 * is not an emergency service, and how their words are kept. Version `disclosure-1`; a change of
 * wording needs a new version (consent is recorded against it).
 */
export const FIRST_CONTACT = [
  "I'm an AI, a computer program: not a person, and not a therapist.",
  'I can listen, help you put goals into words, and suggest small exercises you can choose from; I can’t diagnose anything, advise on medication, or replace professional care.',
  'What you write is stored encrypted so I can remember it next time, and you can ask for it to be exported or deleted.',
] as const;

/** "you" for the goal as said back ("to sleep better" stays; "I want…" becomes "you want…"). */
function theirWords(text: string): string {
  return secondPerson(text);
}

/**
 * The agent's words for the working-alliance moves, in the project's own wording. `tone` warm
 * adds validation, direct keeps to the point. Returns undefined for moves it does not render.
 */
export function renderWorkMove(
  move: Move,
  state: AllianceState,
  resources: RegionResources,
  pick: Pick,
): string | undefined {
  const work = move.work ?? {};
  const direct = state.work.tone === 'direct';
  const warm = (text: string) => (direct ? '' : text);
  const name = state.name;
  switch (move.kind) {
    case 'ask_consent':
      return [
        work.again
          ? pick([
              'Before we go further I need a clear yes or no.',
              "I'd like to be sure before we carry on.",
            ])
          : '',
        pick([
          'Are you happy to continue on that basis?',
          'Is it OK with you to go on like this?',
          'Shall we carry on? A yes or a no is fine.',
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'consent_declined':
      return [
        pick([
          "That's completely fine, and thank you for saying so.",
          'Understood, and that is your choice to make.',
        ]),
        "I won't keep anything beyond this answer.",
        `If you need someone to talk to, ${resources.lines[0] ? `${resources.lines[0].name} (${resources.lines[0].contact}) is there` : 'a local helpline is there'}, and in an emergency call ${resources.emergency}.`,
        pick([
          'If you change your mind, just say yes.',
          "If you'd like to start after all, say yes and we'll begin.",
        ]),
      ].join(' ');
    case 'ask_preferences':
      return [
        pick(['Thank you.', 'Thanks for that.']),
        name ? `Is ${name} what you'd like me to call you?` : 'What would you like me to call you?',
        'And would you rather I was warmer and gentler, or more direct and practical? Slower or quicker is fine to say too.',
      ].join(' ');
    case 'ask_goal':
      if (work.another) {
        return pick([
          'What would that be? Your own words are best.',
          'Go on: what else would you like to be different?',
        ]);
      }
      if (work.gentle) {
        return [
          warm(pick(['No pressure with this one.', 'Only if it feels OK to answer.'])),
          pick([
            'If things got even a little easier, what would you notice? A few words is plenty.',
            'Is there one small thing you would want to be different? It can be just a few words.',
          ]),
        ]
          .filter(Boolean)
          .join(' ');
      }
      if (work.goal && !work.again) {
        return [
          pick([
            `That's real progress on ${theirWords(work.goal.text)}.`,
            `It sounds like ${theirWords(work.goal.text)} has come a long way.`,
          ]),
          'What would you like to work on next, in your own words?',
        ].join(' ');
      }
      return [
        work.again
          ? pick([
              "Let's find the words that fit you, then.",
              'Fair enough; you know best what matters here.',
            ])
          : warm(
              pick([
                'Thank you for telling me all of that.',
                "I've got a clearer picture now, thank you.",
              ]),
            ),
        pick([
          'If our conversations helped, what would be different for you? Put it in your own words.',
          'What would you most like to change, if this went well?',
          "What's one thing you'd like to be different a few weeks from now?",
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'confirm_goal':
      return [
        work.again ? pick(['Thanks, that helps.', 'Got it.']) : '',
        `So a goal could be: "${work.goal!.text}".`,
        pick([
          'Does that feel right, or would you put it differently?',
          'Is that something you want to work towards, or should we word it another way?',
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'ask_more_goals':
      return [
        warm(pick(["That's a clear way to put it.", 'That sounds like something to aim for.'])),
        pick([
          'Is there anything else you would like to work on as well, or is this one enough for now?',
          'Would you add another goal beside it, or keep it to this one for now? Either is fine.',
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'refine_goal':
      return [
        pick(["Good, let's hold on to that.", "Then that's our goal for now."]),
        pick([
          'To make it something we can check on together: what would be a first small sign that things are moving?',
          'How would you notice, in an ordinary week, that you were getting closer to it?',
        ]),
      ].join(' ');
    case 'review_goal':
      if (work.clarify && work.goals) {
        return [
          pick(['Thanks for saying so.', 'That is useful to know.']),
          `Which one has changed: ${quotedList(work.goals, 'or')}?`,
        ].join(' ');
      }
      if (work.goals) {
        return [
          moodLine(work.mood, direct, pick),
          pick([
            `Last time we set out ${work.goals.length} goals: ${quotedList(work.goals)}. Do they still feel right, or has one of them changed?`,
            `Your goals have been ${quotedList(work.goals)}. Are they still the ones you want to focus on?`,
          ]),
        ]
          .filter(Boolean)
          .join(' ');
      }
      return [
        moodLine(work.mood, direct, pick),
        pick([
          `Last time we said your goal was "${work.goal!.text}". Is that still what you want to focus on?`,
          `Your goal has been "${work.goal!.text}". Does it still feel like the right one?`,
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'check_drift':
      return [
        pick([
          `We've moved some way from "${work.goal!.text}", which is fine.`,
          `I notice we've wandered from "${work.goal!.text}", and that can be a good thing.`,
        ]),
        pick([
          'Is this what matters more to you right now, so the goal should change?',
          'Has what you want to work on changed?',
        ]),
      ].join(' ');
    case 'offer_tasks': {
      const offers = work.offers ?? [];
      if (work.askFirst) {
        return [
          pick([
            "Last time none of the suggestions fitted, and that's fine.",
            'The suggestions before did not suit you, which is useful to know.',
          ]),
          pick([
            'Would you like me to suggest something different today, or would you rather just talk?',
            'Shall I suggest a few different things, or would you prefer we simply talk?',
          ]),
        ].join(' ');
      }
      if (work.clarify) {
        return `Which one would you like to try: ${offers.map((offer, i) => `${i + 1}) ${offer.title}`).join(', ')}? Or none, that's fine too.`;
      }
      const list = offers
        .map(
          (offer, i) => `${i + 1}) ${offer.title} (about ${offer.minutes} min): ${offer.rationale}`,
        )
        .join(' ');
      return [
        work.again
          ? pick([
              'Thank you for telling me. Here are some different ones, in case any fits better:',
              "That makes sense. A few others, if you'd like:",
            ])
          : pick([
              'Here are a few things we could try together, if any appeal:',
              'A few options that might help with this, if you feel like it:',
              'Some things that could help, if you want to try one:',
              'I can suggest a few things, and you choose:',
            ]),
        list,
        pick([
          "Which, if any, would you like to try? It's completely fine to say none.",
          'Would you like to try one of these now? None is a fine answer too.',
          'Does one of them appeal? Saying none is fine.',
          'Any of these you would like to try? Or none, if they do not fit.',
        ]),
      ].join(' ');
    }
    case 'explore_refusal':
      return [
        pick(["That's fine.", 'Thanks for being honest about that.', 'Fair enough.']),
        pick([
          "Can I ask what doesn't fit about them? It helps me suggest better.",
          "There's no wrong answer here: what makes them feel wrong for you right now?",
        ]),
      ].join(' ');
    case 'exercise_step': {
      const exercise = work.exercise!;
      const opening =
        exercise.step === 1
          ? exercise.resumed
            ? `Let's pick up ${exercise.title} where we left it.`
            : pick([
                `Let's do ${exercise.title}. Say "pause" at any point to stop for now, or "stop" to leave it.`,
                `${exercise.title}, then. You can say "pause" to stop for now, or "stop" to leave it, at any point.`,
                `Good choice: ${exercise.title}. "Pause" stops for now and "stop" leaves it, whenever you like.`,
              ])
          : exercise.resumed
            ? `Back to ${exercise.title}.`
            : '';
      // The same exercise done again another day gets different lead-ins, never the same reply.
      const lead =
        exercise.step === 1
          ? ''
          : pick(['', 'Next:', 'Now:', 'Then:', 'Good.', 'Thank you.', 'Take your time.', 'OK.']);
      return [opening, lead, `(${exercise.step}/${exercise.steps}) ${exercise.prompt}`]
        .filter(Boolean)
        .join(' ');
    }
    case 'exercise_paused':
      return work.paused
        ? [
            pick([
              `Of course, we'll pause ${work.paused.title} here.`,
              `Paused: ${work.paused.title}.`,
            ]),
            'Say "continue" whenever you want to pick it up, today or another time.',
            pick(['What would you like to do now?', 'Is there something else on your mind?']),
          ].join(' ')
        : [
            pick(["That's fine, we'll leave it there.", 'No problem, we can drop that one.']),
            pick([
              'It was worth finding out it did not suit you right now.',
              'Not every exercise fits everyone.',
            ]),
            pick(['What would you like to do instead?', 'What would be more useful right now?']),
          ].join(' ');
    case 'agree_next_step':
      if (work.again) {
        return pick([
          `Good. And when could you ${work.nextStep!.text}? Even "Thursday evening" is enough.`,
          `Great. Which day and rough time would suit you to ${work.nextStep!.text}?`,
        ]);
      }
      return [
        work.exercise?.closing ?? '',
        pick([
          `A small next step could be to ${work.nextStep!.text}.`,
          `Something small to try before we talk again: ${work.nextStep!.text}.`,
          `Between now and next time, you could ${work.nextStep!.text}.`,
        ]),
        pick([
          'When would suit you to do that? A day and a time make it easier to remember.',
          'When could you do it? Be as specific as you like, a day and a rough time.',
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    case 'summarise_session':
      return [
        pick(['Agreed.', 'That sounds like a plan.', 'Good, that is settled.', 'Noted.']),
        `So before we next talk, you'll ${work.nextStep!.text}: ${work.nextStep!.when}.`,
        work.goal ? `That's a step towards "${work.goal.text}".` : '',
        pick([
          "I'll ask how it went next time, and whatever happens is useful to know.",
          "Next time we'll look at how it went, with no judgment either way.",
        ]),
        pick(['Is there anything else on your mind today?', 'Anything else before we stop?']),
      ]
        .filter(Boolean)
        .join(' ');
    case 'acknowledge_preference':
      if (work.style) {
        const { tone, pace } = work.style;
        return [
          tone === 'direct' ? "Understood: I'll keep it shorter and to the point." : '',
          tone === 'warm' ? "Of course. I'll go more gently." : '',
          pace === 'slower' ? "We'll take it slower, one thing at a time." : '',
          pace === 'quicker' ? "Sure, I'll keep things moving." : '',
          pick([
            'Where were we?',
            'Go on whenever you are ready.',
            'What would you like to say next?',
          ]),
        ]
          .filter(Boolean)
          .join(' ');
      }
      return work.checkIns === false
        ? [
            pick(['Done: no more check-in messages.', "Understood, I won't send check-ins."]),
            'You can come back whenever you like, and say "send check-ins" if you ever want them again.',
          ].join(' ')
        : pick([
            'Done: I\'ll send the occasional check-in. Say "no more check-ins" at any time to stop them.',
            'Check-ins are on again; "no more check-ins" stops them whenever you like.',
          ]);
    case 'honest_limits':
      return honestLimits(work.limit ?? 'off_topic', resources, pick);
    case 'check_in_mood': {
      const followUp = work.followUp;
      const outcome =
        work.outcome === 'done'
          ? pick([
              `Well done for doing it${followUp ? `: ${followUp.title}` : ''}.`,
              "That's good to hear, you followed through.",
            ])
          : work.outcome === 'partly'
            ? pick([
                'Some of it is still something. What got in the way of the rest can tell us a lot.',
                'Doing part of it counts.',
              ])
            : pick([
                "That's fine, and thank you for saying so honestly. It tells us something about what fits.",
                "That happens, and it's useful to know. We can adjust it.",
              ]);
      // An apology for staying away is met with welcome, never with a reminder of the gap.
      const apology =
        /\bsorry\b[^.?!]{0,40}\b(?:while|long|ages|late|away|absent|gone|disappear\w*|not (?:been|coming))\b/iu.test(
          move.message?.text ?? '',
        );
      return [
        apology ? "There's no need to apologise; you're welcome whenever you come back." : '',
        outcome,
        pick([
          'On a scale from 0 (worst) to 10 (best), how has your mood been lately?',
          'How would you rate your mood this week, from 0 to 10?',
        ]),
      ]
        .filter(Boolean)
        .join(' ');
    }
    default:
      return undefined;
  }
}

function moodLine(
  mood: { score: number; previous?: number } | undefined,
  direct: boolean,
  pick: Pick,
): string {
  if (!mood) return '';
  const change =
    mood.previous === undefined
      ? ''
      : mood.score > mood.previous
        ? ` That's up from ${mood.previous} last time.`
        : mood.score < mood.previous
          ? ` That's down from ${mood.previous} last time.`
          : '';
  const base =
    mood.score <= 3
      ? pick([`A ${mood.score}: that sounds hard.`, `${mood.score} out of 10, a tough stretch.`])
      : mood.score >= 7
        ? pick([`A ${mood.score}, good to hear.`, `${mood.score} out of 10, that's encouraging.`])
        : pick([`A ${mood.score}, thank you.`, `${mood.score} out of 10, noted.`]);
  return direct ? `${mood.score}/10.${change}` : `${base}${change}`;
}

/** The welcome back of a later session: the goal, the agreed step and a remembered detail. */
export function welcomeBackWork(
  move: Move,
  state: AllianceState,
  pick: Pick,
  now?: string,
): string {
  const work = move.work ?? {};
  const parts: string[] = [];
  // After a long gap: glad to see them, with no hint that they should have come sooner.
  const ended = state.previousSessionEndedAt ? Date.parse(state.previousSessionEndedAt) : NaN;
  const at = now ? Date.parse(now) : NaN;
  if (at - ended >= 21 * 86_400_000) {
    parts.push(
      pick([
        "It's been a few weeks; it's good to hear from you.",
        'Good to see you again after a while.',
      ]),
    );
  }
  if (work.followUp) {
    parts.push(
      `Last time you planned to ${work.followUp.detail}${work.followUp.when ? ` (${work.followUp.when})` : ''}${work.goal ? `, towards "${work.goal.text}"` : ''}.`,
    );
    if (work.memory) parts.push(`I hope ${work.memory} goes, or went, as well as it can.`);
    parts.push(pick(['How did it go?', 'How did that go for you?']));
    return parts.join(' ');
  }
  if (work.afterCrisis) {
    parts.push(
      pick([
        "Last time was a hard conversation, and I'm glad you came back.",
        "Things were very hard when we last talked; it's good to hear from you.",
      ]),
      'Your safety plan is there whenever you want it (type /plan).',
      pick([
        'Before anything else: how are you doing in yourself, and are you safe at the moment? And from 0 (worst) to 10 (best), how has your mood been?',
        'First, how are you, and do you feel safe right now? If you can, rate your mood lately from 0 (worst) to 10 (best) too.',
      ]),
    );
    return parts.join(' ');
  }
  if (work.goals) parts.push(`Last time we agreed your goals: ${quotedList(work.goals)}.`);
  else if (work.goal) parts.push(`Last time we agreed your goal: "${work.goal.text}".`);
  else if (state.concern) parts.push(`Last time you told me ${secondPerson(state.concern.text)}.`);
  if (work.memory) parts.push(`How did ${work.memory} go?`);
  if (work.paused)
    parts.push(`We paused ${work.paused.title}; say "continue" if you'd like to finish it.`);
  parts.push(
    pick([
      'First, how has your mood been, from 0 (worst) to 10 (best)?',
      'To start, how would you rate your mood lately, from 0 to 10?',
    ]),
  );
  return parts.join(' ');
}

/** Goals said back in quotes: "a", "a" and "b", "a", "b" and "c" (or "or"). */
function quotedList(texts: readonly string[], join: 'and' | 'or' = 'and'): string {
  const quoted = texts.map((text) => `"${text}"`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} ${join} ${quoted.at(-1)!}`;
}

/** The end-of-session summary: the goal and the agreed step, if there are any. */
export function sessionSummary(move: Move): string {
  const work = move.work ?? {};
  return [
    work.goal ? `We're working towards "${work.goal.text}".` : '',
    work.nextStep
      ? `Your next step: ${work.nextStep.text}${work.nextStep.when ? `, ${work.nextStep.when}` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function honestLimits(
  topic: NonNullable<Move['work']>['limit'] & string,
  resources: RegionResources,
  pick: Pick,
): string {
  const back = pick([
    'What would you like to talk about?',
    'Where were we: how are things for you?',
    "I'm glad to keep going with what's on your mind.",
  ]);
  switch (topic) {
    case 'human':
      return [
        pick([
          "No, I'm an AI: a computer program, not a person.",
          "I'm not a person; I'm an AI, a program that writes replies.",
        ]),
        "I don't have feelings or a life outside these conversations, though I do try to understand yours.",
        back,
      ].join(' ');
    case 'therapist':
      return [
        pick([
          "No, I'm not a therapist, or any kind of clinician. I'm an AI.",
          "I'm not a therapist: I'm an AI, and I can't replace one.",
        ]),
        "I can listen and help you think things through; for therapy, your GP or a local service can refer you, and I'm happy to help you think about that.",
        back,
      ].join(' ');
    case 'medication':
      return [
        pick([
          "I can't advise on medication: not whether to take it, change it or stop it.",
          'Medication is something I must leave to people who can prescribe it.',
        ]),
        'A doctor or pharmacist can go through it with you, and please do not change a dose without them.',
        `If you have taken too much of something, call ${resources.emergency} now.`,
        back,
      ].join(' ');
    case 'diagnosis':
      return [
        pick([
          "I can't diagnose anything; only a qualified clinician can.",
          "That's not something I'm able to tell you: I can't diagnose.",
        ]),
        'What I can do is help you put into words what you are going through, which can be useful to bring to a doctor.',
        back,
      ].join(' ');
    case 'off_topic':
      return [
        pick([
          "That's outside what I'm here for: I'm here to talk about how you are doing.",
          "I'll leave that one alone; I'm only here to help with how things are for you.",
          "I'm not the right place for that: I'm here for conversations about how you're doing.",
        ]),
        back,
      ].join(' ');
  }
}
