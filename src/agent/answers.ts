/**
 * Reading a person's short answers to what the agent just asked: yes or no, a choice among
 * offered tasks, a mood from 0 to 10, how an agreed step went, and requests to pause or stop an
 * exercise. Plain patterns, deterministic; the alliance-marker model's labels (task or goal
 * agreement and refusal) are used as a second opinion when the words alone are unclear.
 */

const YES =
  /^(?:y|yes|yeah|yea|yep|yup|ya|sure|ok|okay|k|alright|all right|fine|right|correct|exactly|definitely|absolutely|of course|go on|go ahead|please|please do|let'?s|let'?s do (?:it|that)|sounds (?:good|right|fair|ok|okay|great|fine)|that'?s (?:right|it|fine|ok|okay|good)|i think so|i guess so|i suppose|why not|that works|it does|i do|i am|i'?m happy to|happy to|yes please)\b/iu;
const NO =
  /^(?:n|no|nope|nah|not really|not yet|not now|not today|no thanks|no thank you|none|neither|none of (?:them|those|these)|i'?d rather not|rather not|i don'?t think so|don'?t think so|not for me|not sure about (?:that|those)|i don'?t want (?:to|any|that)|i'?m not (?:sure|ready|comfortable)|doesn'?t (?:feel|sound) right|that'?s not (?:it|right))\b/iu;

/** Whether a short answer says yes, no, or neither. */
export function yesNo(text: string, markers: readonly string[] = []): 'yes' | 'no' | 'unclear' {
  const t = text.trim().replace(/^(?:um+|uh+|well|hmm+|honestly|i mean)[, ]+/iu, '');
  if (NO.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  if (markers.some((m) => m.endsWith('_refuse'))) return 'no';
  if (markers.some((m) => m.endsWith('_agree'))) return 'yes';
  return 'unclear';
}

const ORDINALS: readonly [RegExp, number][] = [
  [/\b(?:1|one|first|1st|the first)\b/iu, 0],
  [/\b(?:2|two|second|2nd|the second|middle)\b/iu, 1],
  [/\b(?:3|three|third|3rd|the third)\b/iu, 2],
];

/**
 * Which of the offered options the person chose: by number or position ("the second one"), or
 * by a word of its title ("the breathing"); undefined when none or several fit.
 * @example choiceAmong('the breathing one', ['Worry time', 'Slow, paced breathing']) // 1
 */
export function choiceAmong(text: string, titles: readonly string[]): number | undefined {
  const t = text.toLowerCase();
  if (/\blast\b/u.test(t) && titles.length > 0 && !/\blast (?:night|time|week)\b/u.test(t))
    return titles.length - 1;
  // "the breathing one": "one" after a word is a pronoun, not a number.
  const positional = t
    .replace(/\b(first|second|third|last) one\b/gu, '$1')
    .replace(
      /\b(?:the |that |this )?(?!first\b|second\b|third\b|last\b|number\b)[a-z]+ one\b/gu,
      ' ',
    );
  const byPosition = ORDINALS.filter(
    ([pattern, index]) => index < titles.length && pattern.test(positional),
  );
  if (byPosition.length === 1) return byPosition[0]![1];
  const words = new Set(t.match(/[a-z]{4,}/gu) ?? []);
  const byTitle = titles
    .map((title, index) => ({
      index,
      hits: (title.toLowerCase().match(/[a-z]{4,}/gu) ?? []).filter(
        (word) => !TITLE_STOP.has(word) && (words.has(word) || words.has(stem(word))),
      ).length,
    }))
    .filter((entry) => entry.hits > 0);
  if (byTitle.length === 1) return byTitle[0]!.index;
  return undefined;
}
const TITLE_STOP = new Set(
  'your with from that this step time what good things thing sounds like want make small more less back over about into just some'.split(
    ' ',
  ),
);
function stem(word: string): string {
  return word.replace(/(?:ing|ed|s)$/u, '');
}

const MOOD_WORDS: readonly [RegExp, number][] = [
  [/\b(?:terrible|awful|horrible|dreadful|the worst|rock bottom|miserable)\b/iu, 1],
  [/\b(?:bad|rough|low|rubbish|crap|shit|not good|down)\b/iu, 3],
  [/\b(?:meh|so-so|so so|okay|ok|alright|all right|fine|not bad|average|middling)\b/iu, 5],
  [/\b(?:good|better|decent|pretty good)\b/iu, 7],
  [/\b(?:great|brilliant|amazing|excellent|fantastic|really good|very good)\b/iu, 9],
];

/**
 * A mood rating from 0 to 10: a number in range ("about a 4", "6/10"), else a mood word;
 * undefined when there is neither.
 */
export function moodScore(text: string): number | undefined {
  const number = /(?:^|[^\d.])(10|\d)(?:\s*(?:\/|out of)\s*10)?(?![\d.])/u.exec(text);
  if (number) return Number(number[1]);
  let found: number | undefined;
  for (const [pattern, score] of MOOD_WORDS) if (pattern.test(text)) found = score;
  return found;
}

/** How an agreed step went, from what the person says about it. */
export function stepOutcome(text: string): 'done' | 'partly' | 'not' | undefined {
  const t = text.toLowerCase();
  if (
    /\b(?:some of it|partly|a bit|a little|sort of|kind of|kinda|once or twice|once|a couple of times|a few times|half|tried|some days|on and off|not every|not all)\b/u.test(
      t,
    )
  )
    return 'partly';
  if (
    /\b(?:didn'?t|did not|couldn'?t|could not|forgot|never got|not really|no time|haven'?t|have not|wasn'?t able|no,|nope|nah)\b|^no\b/u.test(
      t,
    )
  )
    return 'not';
  if (
    /\b(?:did it|i did|done|managed|went well|every (?:day|night|time)|all week|yes|yeah|yep|it helped|worked)\b/u.test(
      t,
    )
  )
    return 'done';
  return undefined;
}

/** The person wants to stop an exercise for now and come back to it. */
export function asksToPause(text: string): boolean {
  return /\b(?:pause|later|another time|come back to (?:it|this)|not now|take a break|can we stop here|stop (?:here|for now)|finish (?:it )?(?:later|another time)|save (?:it|this) for)\b/iu.test(
    text,
  );
}

/** The person wants to leave an exercise altogether. */
export function asksToLeave(text: string): boolean {
  return /\b(?:stop|quit|skip (?:it|this)|leave it|drop (?:it|this)|i don'?t want to (?:do|continue|carry on)|this isn'?t (?:helping|working|for me)|enough of this|forget (?:it|this))\b/iu.test(
    text,
  );
}

/** The person wants to pick a paused exercise up again. */
export function asksToResume(text: string): boolean {
  return /\b(?:resume|continue|pick (?:it|this|that) (?:back )?up|carry on|go on with|finish (?:the|that) exercise|back to the exercise)\b/iu.test(
    text,
  );
}

/** A reply that gives nothing: a shrug in words ("idk", "whatever", "fine."). */
export function isMinimal(text: string): boolean {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!…]+$/u, '');
  return (
    t.length === 0 ||
    /^(?:idk|i dunno|dunno|i don'?t know|don'?t know|whatever|w\/e|meh|fine|ok|okay|k|sure|nothing|not much|no idea|doesn'?t matter|it doesn'?t matter|same|same as always|eh|hm+|mm+|\.\.\.|\?)$/u.test(
      t,
    )
  );
}

/** Tone and pace preferences in what the person says ("more direct", "slowly please"). */
export function tonePreference(text: string): {
  tone?: 'warm' | 'direct';
  pace?: 'slower' | 'quicker';
} {
  const t = text.toLowerCase();
  const result: { tone?: 'warm' | 'direct'; pace?: 'slower' | 'quicker' } = {};
  if (
    /\b(?:direct|straight|blunt|practical|to the point|no fluff|straightforward|honest)\b/u.test(t)
  )
    result.tone = 'direct';
  else if (/\b(?:warm|warmer|gentle|gently|kind|soft|softer|supportive|caring)\b/u.test(t))
    result.tone = 'warm';
  if (
    /\b(?:slow|slowly|slower|take (?:it|things) easy|one thing at a time|no rush|gently)\b/u.test(t)
  )
    result.pace = 'slower';
  else if (/\b(?:quick|quickly|quicker|fast|faster|brisk|get on with it|keep it moving)\b/u.test(t))
    result.pace = 'quicker';
  return result;
}

/**
 * A question about what the agent is or can do, or a request outside its work: answered with
 * honest limits instead of a reflection ("are you a real person?", "can you prescribe me
 * something?", "tell me a joke").
 */
export function limitAsked(
  text: string,
): 'human' | 'therapist' | 'medication' | 'diagnosis' | 'off_topic' | undefined {
  const t = text.toLowerCase();
  if (
    /\b(?:prescri\w*|medication|meds|antidepressants?|pills?|tablets?|dose|dosage|sertraline|citalopram|fluoxetine|xanax|should i (?:take|stop taking|come off))\b/u.test(
      t,
    ) &&
    /\?|\b(?:can you|should i|could you|what (?:should|would)|recommend|advice|advise|give me|tell me)\b/u.test(
      t,
    )
  )
    return 'medication';
  if (
    /\b(?:diagnos\w*|do i have|have i got|am i (?:depressed|bipolar|autistic|adhd|ocd|psychotic|crazy|mentally ill)|what(?:'s| is) wrong with me)\b/u.test(
      t,
    ) &&
    /\?|\bdiagnos/u.test(t)
  )
    return 'diagnosis';
  if (
    /\b(?:are|r) (?:you|u) (?:a |an )?(?:real |actual |qualified |licensed |trained )?(?:therapist|counsell?or|psychologist|psychiatrist|doctor)\b/u.test(
      t,
    )
  )
    return 'therapist';
  if (
    /\b(?:are|r) (?:you|u) (?:a )?(?:real|human|a person|a bot|a robot|an ai|ai|chatgpt|alive|sentient)\b|\bam i (?:talking|chatting) to (?:a )?(?:real person|human|bot|robot|machine)\b/u.test(
      t,
    )
  )
    return 'human';
  if (
    /\b(?:tell me a joke|capital of|who won|weather (?:today|tomorrow)|what'?s the score|write (?:me )?(?:a|an) (?:essay|poem|code|story)|do my homework|solve this (?:equation|maths?)|what do you think (?:of|about) (?:politics|trump|biden|the election)|recipe for)\b/u.test(
      t,
    )
  )
    return 'off_topic';
  return undefined;
}
