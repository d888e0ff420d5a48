import type { AllianceState } from '../alliance/index.ts';
import type { MeasureView, Move } from './move.ts';

type Pick = (options: readonly string[]) => string;

const COUNT_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const count = (n: number) => COUNT_WORDS[n] ?? String(n);

/** "not at all, several days, … or a number from 0 to 3". */
function optionHint(item: NonNullable<MeasureView['item']>): string {
  const { range } = item;
  const numbers = range.decimals
    ? `a number from ${range.min} to ${range.max}`
    : `a number from ${range.min} to ${range.max}`;
  const labels = item.options.filter((o) => o.label).map((o) => o.label!.toLowerCase());
  return labels.length === item.options.length && labels.length > 0
    ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)} (or ${numbers})`
    : numbers;
}

/** The item as a question: the stem joined to the item text, or the text as it stands. */
function question(item: NonNullable<MeasureView['item']>): string {
  const text = item.text.trim().replace(/[.?]$/u, '');
  if (!item.stem) return /\?$/u.test(item.text.trim()) ? item.text.trim() : `${text}?`;
  const lowered = /^[A-Z][a-z]/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return `${item.stem} ${lowered}?`;
}

/**
 * Offers a questionnaire: what it is, how long, that it is not a diagnosis, that items can be
 * skipped (where the instrument allows) and that the person can stop at any time.
 */
export function offerMeasure(move: Move, state: AllianceState, pick: Pick): string {
  const view = move.measureView!;
  const offer = view.offer!;
  const reason = move.measure?.kind === 'offer' ? move.measure.reason : 'scheduled';
  const size = `${count(offer.items)} short questions about ${offer.construct.replace(/ \(.*\)$/u, '')}`;
  const opener =
    reason === 'session_end'
      ? pick([
          `Before you go, could I ask ${count(offer.items)} quick questions about today's conversation?`,
          `One last thing before you go: ${count(offer.items)} quick questions about how today went?`,
          `Could you spare a moment for ${count(offer.items)} quick questions about our conversation today?`,
          `Before we stop, may I ask ${count(offer.items)} short questions about today's session?`,
        ])
      : reason === 'intake'
        ? pick([
            `Could I ask you something a bit more structured? There's a questionnaire, the ${view.name}, with ${size}.`,
            `Would you be willing to answer a short questionnaire, the ${view.name}? It has ${size}.`,
          ])
        : `It's been a while since you last answered the ${view.name} (${size}). Would you be up for doing it again?`;
  return [
    opener,
    reason === 'session_end'
      ? 'Your answers help me see how these conversations are working for you.'
      : 'It gives us both a way to see how things change over time. It is a questionnaire, not a diagnosis.',
    view.validated ? '' : "It's our own check-in, not a validated questionnaire.",
    offer.allowSkip
      ? 'You can skip any question, and we can stop whenever you like.'
      : 'We can stop whenever you like.',
    reason === 'scheduled' ? '' : 'Would you like to do it now?',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Asks one item (or asks again, or confirms a vague answer). */
export function measureItem(move: Move, pick: Pick): string {
  const view = move.measureView!;
  const item = view.item!;
  if (view.confirm && view.confirm.length > 0) {
    const choices = view.confirm.map((c) =>
      c.label ? `"${c.label.toLowerCase()}" (${c.value})` : String(c.value),
    );
    return `Just to check: would you say ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}?`;
  }
  const lead =
    view.retry === 'unmapped'
      ? pick([
          "Sorry, I couldn't tell which answer fits.",
          "I'm not sure which answer that matches.",
        ])
      : view.retry === 'out_of_range'
        ? "That number isn't one of the answers for this question."
        : view.retry === 'no_skip'
          ? `The ${view.name} can't be scored with this one skipped, but you can say "stop" and I'll keep what you've answered so far.`
          : '';
  const number = `(${item.number} of ${item.count})`;
  return [
    view.preamble ?? '',
    lead,
    `${number} ${question(item)}`,
    view.retry || item.number === 1 ? `You can answer ${optionHint(item)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The result in plain words: total, band as the authors name it, and that it is not a diagnosis. */
export function measureResult(move: Move, state: AllianceState): string {
  const view = move.measureView!;
  const result = view.result!;
  const parts = [`Thank you${state.name ? `, ${state.name}` : ''}, that's all of them.`];
  if (result.total === null) {
    parts.push(
      `Too many questions were skipped for a ${view.name} total this time, but I've kept the answers you gave.`,
    );
  } else if (!view.validated) {
    const low = result.subscales.filter((s) => s.score !== null && s.score <= 2);
    parts.push(
      low.length > 0
        ? `It sounds like ${low.map((s) => s.label.toLowerCase()).join(' and ')} didn't work so well today. What would make our next conversation more useful for you?`
        : 'That helps me see how our conversations are going for you.',
    );
  } else {
    parts.push(
      `Your ${view.name} ${result.range.max <= 5 ? 'average' : 'total'} is ${result.total} out of ${result.range.max}${
        result.band ? `, in the range its authors call ${result.band}` : ''
      }.${result.prorated ? ' (One or two were skipped, so the total is estimated from the others.)' : ''}`,
      result.subscales.length > 1
        ? `By part: ${result.subscales.map((s) => `${s.label} ${s.score ?? '—'}`).join(', ')}.`
        : '',
      "It's a snapshot to compare with later, not a diagnosis; if you'd like, you can share it with your doctor.",
      result.flags.length > 0 ? result.flags.join(' ') : '',
    );
  }
  if (view.next) {
    parts.push(
      `There's one more, the ${view.next.name}, with ${count(view.next.items)} questions. Shall we do that one now too?`,
    );
  } else if (result.total !== null && view.validated) {
    parts.push('How does that sit with you?');
  }
  return parts.filter(Boolean).join(' ');
}

/** The person stopped: the answers are kept and the conversation goes on. */
export function measureStopped(move: Move, pick: Pick): string {
  const view = move.measureView!;
  const result = view.result!;
  return [
    pick(['Of course, we can stop there.', "That's fine, let's leave the questions there."]),
    result.answered > 0
      ? `I've kept the ${count(result.answered)} answer${result.answered === 1 ? '' : 's'} you gave.`
      : '',
    pick(['What would you like to talk about?', 'Where would you like to go from here?']),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The person said no to the offer: respected, and the conversation goes on. */
export function measureDeclined(state: AllianceState, pick: Pick): string {
  return [
    pick(["That's completely fine, it's your choice.", 'No problem at all, we can leave it.']),
    state.concern
      ? pick(['Shall we go back to what you were telling me?', 'Where would you like to pick up?'])
      : pick(['What would you like to talk about?', "What's on your mind?"]),
  ].join(' ');
}
