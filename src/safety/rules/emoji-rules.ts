import type { RiskCategory, RiskLevel } from '../../core/index.ts';

/**
 * Messages written only in emoji. People in crisis sometimes say it this way ("🪢😔", "🔪🩸",
 * "💊💊💊🥃😵"): a means or an injury beside distress, a farewell, alcohol or a sick face. One
 * emoji alone says little ("🔪" is cooking as often as anything), so each reading needs a
 * combination, and the look-alikes of sport, cooking, hunting, gaming and grief stay quiet
 * because they lack the second half (a trophy or a laugh is not distress). The readings follow
 * the same warning signs as the word rules: means with distress or farewell, injury, overdose
 * signs, someone hitting the person at home, and a weapon with anger at someone.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): means, preparatory behaviour.
 * @see NICE guideline NG225 (2022): self-injury; an overdose is a medical emergency.
 * @see NHS, When to call 999 (breathing difficulty, allergic reaction, chest pain).
 */
export interface EmojiReading {
  id: string;
  category: RiskCategory;
  level: RiskLevel;
}

const set = (text: string) => new Set([...text].filter((ch) => ch.trim() && ch !== '\ufe0f'));
const SAD = set('😔😞😢😭😶😣😩😫😖😟🙁☹😿💔🥀😓😥😪🫥');
const FEAR = set('😨😰😱😧😦🆘😬');
const SICK = set('😵🤢🤮🥴😴');
const ALCOHOL = set('🥃🍷🍺🍸🍾🍻🥂');
const FAREWELL = set('👋✌🕊');
const DEATH = set('⚰🪦');
const HEIGHT = set('🌉🏢🏙⬇🧗');
const TRAIN = set('🚆🚂🛤🚄🚅🚈');
const BLADE = set('🔪🗡🪒✂');
const WEAPON = set('🔪🗡🔫');
const FIST = set('👊🤛🤜');
const HOME = set('🏠🏡🚪🔒');
const CONTROL = set('📵💸🔒🤐');
const ANGRY = set('😡😤🤬👿💢');
const PERSON = set('👨👩🧑👦👧🧔👱🏫👴👵');
const ALLERGEN = set('🥜🐝🦀🍤🦐🌰');
const AIRWAY = set('🫁👄🎈😮');
const HEART = set('🫀❤');
const LAUGH = set('😂🤣💀😆😹');
// Someone or something else to grieve: a pet, a person, flowers or a candle beside a grave.
const MOURNED = set('🐹🐶🐱🐕🐈🐰🐇🐦🐟🐠🐴🐢🦜👵👴👨👩🧓💐🌹🌷🕯');

const has = (emoji: ReadonlySet<string>, group: ReadonlySet<string>) =>
  [...group].some((e) => emoji.has(e));

/**
 * The readings of an emoji-only message (no letter or digit in it), strongest first; none for
 * any other message.
 * @example readEmoji('🪢😔')[0]?.category // 'suicide'
 */
export function readEmoji(text: string): EmojiReading[] {
  if (/[\p{L}\p{N}]/u.test(text)) return [];
  const all = [...text];
  const emoji = new Set(all.filter((ch) => ch.trim() && ch !== '\ufe0f' && ch !== '\u200d'));
  if (emoji.size === 0) return [];
  const pills = all.filter((ch) => ch === '💊').length;
  const out: EmojiReading[] = [];
  const add = (id: string, category: RiskCategory, level: RiskLevel) =>
    out.push({ id: `emoji.${id}`, category, level });
  const distress = has(emoji, SAD) || has(emoji, FEAR);
  const ending = has(emoji, FAREWELL) || has(emoji, DEATH) || emoji.has('✍');
  // Pills in number with alcohol, a sick face or an ambulance: an overdose taken.
  if (
    (pills >= 3 || emoji.has('💉')) &&
    (has(emoji, ALCOHOL) || has(emoji, SICK) || emoji.has('🚑'))
  )
    add('overdose', 'medical_emergency', 'imminent');
  // Pills, a rope, a gun, a height or a train with distress, a farewell or death.
  const means =
    pills >= 2 || emoji.has('🪢') || emoji.has('🔫') || has(emoji, HEIGHT) || has(emoji, TRAIN);
  const anger = has(emoji, ANGRY);
  if (means && ending) add('means-farewell', 'suicide', pills >= 2 ? 'imminent' : 'high');
  else if (means && distress && !anger) add('means-distress', 'suicide', 'high');
  else if (emoji.has('👋') && has(emoji, DEATH)) add('farewell-death', 'suicide', 'high');
  // A grave or coffin with sadness, a smile or a prayer, and nobody else in it to mourn.
  else if (
    has(emoji, DEATH) &&
    (distress || emoji.has('🙂') || emoji.has('🙃') || emoji.has('🙏')) &&
    !has(emoji, MOURNED) &&
    !has(emoji, LAUGH)
  )
    add('death-wish', 'suicide', 'moderate');
  // A blade or fire on oneself with blood, plasters or pain.
  if (
    (has(emoji, BLADE) && emoji.has('🩸') && !anger) ||
    (emoji.has('🩹') && emoji.has('🩸')) ||
    (emoji.has('🔥') && (emoji.has('🤚') || emoji.has('✋')) && (distress || emoji.has('🩹')))
  )
    add('injury', 'self_harm', 'high');
  // A fist with home, tears or fear; locks and control with fear or tears.
  if (has(emoji, FIST) && (has(emoji, HOME) || distress)) add('hit-at-home', 'abuse', 'high');
  else if (
    has(emoji, HOME) &&
    (has(emoji, CONTROL) || has(emoji, PERSON)) &&
    distress &&
    (emoji.has('🔒') || emoji.has('🤐') || emoji.has('📵'))
  )
    add('controlled', 'abuse', 'moderate');
  // A weapon with anger at someone.
  if (has(emoji, WEAPON) && anger && has(emoji, PERSON))
    add('weapon-anger', 'harm_to_others', 'high');
  // Breathing, an allergic reaction, the heart.
  if (emoji.has('🫁') && emoji.has('❌')) add('breathing', 'medical_emergency', 'imminent');
  else if (
    has(emoji, ALLERGEN) &&
    has(emoji, AIRWAY) &&
    (distress || emoji.has('❌') || emoji.has('🎈'))
  )
    add('allergy', 'medical_emergency', 'imminent');
  if (has(emoji, HEART) && emoji.has('💥') && has(emoji, FEAR))
    add('heart', 'medical_emergency', 'high');
  return out;
}
