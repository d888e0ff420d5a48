import type { Memory } from '../alliance/index.ts';
import type { PolicyUpdate } from './move.ts';

const PEOPLE =
  'sister|brother|mum|mom|mother|dad|father|partner|husband|wife|boyfriend|girlfriend|son|daughter|friend|best friend|flatmate|roommate|boss|manager|grandma|grandad|granny|nan|aunt|uncle|cousin|dog|cat';
const PERSON = new RegExp(
  `\\bmy (${PEOPLE}),? ([A-Z][a-z]{1,20})\\b|\\b([A-Z][a-z]{1,20}),? my (${PEOPLE})\\b`,
  'gu',
);
const EVENTS =
  'exam|exams|interview|appointment|hearing|operation|surgery|scan|results|wedding|funeral|court date|driving test|presentation|deadline|first day|move|birthday|holiday|trip|date';
const EVENT = new RegExp(
  `\\bmy (${EVENTS}) (?:is |on |next |this |in )(?:on )?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week|the weekend|[0-9]{1,2}(?:st|nd|rd|th)?(?: of [a-z]+)?|[a-z]+ [0-9]{1,2})\\b)`,
  'giu',
);
// Names that are not names: days, months and words people capitalise.
const NOT_NAMES = new Set([
  'I',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'The',
  'And',
  'But',
]);

/**
 * Details worth remembering across sessions, in the person's words: people by name ("my sister
 * Maya") and coming events with a time ("my interview is on Friday"). Only new ones.
 * @example memoriesIn('my sister Maya came round', 'evt_1', []) // [{ type: 'memory.noted', payload: { kind: 'person', text: 'your sister Maya', … } }]
 */
export function memoriesIn(
  text: string,
  messageId: string,
  known: readonly Memory[],
): PolicyUpdate[] {
  const found: { kind: 'person' | 'event'; text: string }[] = [];
  const sample = text.slice(0, 4000);
  for (const match of sample.matchAll(PERSON)) {
    const relation = match[1] ?? match[4];
    const name = match[2] ?? match[3];
    if (!relation || !name || NOT_NAMES.has(name)) continue;
    found.push({ kind: 'person', text: `your ${relation.toLowerCase()} ${name}` });
  }
  for (const match of sample.matchAll(EVENT)) {
    const when = match[2]!.toLowerCase();
    const on = /^(?:tomorrow|next|this|the weekend)/u.test(when) ? '' : 'on ';
    found.push({ kind: 'event', text: `your ${match[1]!.toLowerCase()} ${on}${when}` });
  }
  const seen = new Set(known.map((memory) => memory.text));
  return found
    .filter((memory) => {
      if (seen.has(memory.text)) return false;
      seen.add(memory.text);
      return true;
    })
    .slice(0, 3)
    .map((memory) => ({
      type: 'memory.noted' as const,
      payload: { kind: memory.kind, text: memory.text, messageId },
    }));
}
