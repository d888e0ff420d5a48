// English function words: any message in English uses several.
const ENGLISH = new Set(
  "i me my myself you your he she it we they them the a an and or but if so not no to of in on at for with from this that is am are was were be been have has had do does did don't can can't will would just what how why when all feel want like im i'm it's".split(
    ' ',
  ),
);
// Function words of other common languages that are not English words.
const OTHER = new Set(
  'que de la el los las y en un una es por para con no mi yo quiero estoy tengo morir vida muy je ne pas le les et est suis moi mon veux mourir vie très ich nicht und der die das ist bin mich mein will sterben leben sehr eu não meu minha estou quero morrer vida muito io non il sono voglio morire vita nie jestem chcę umrzeć życie ben değil istiyorum ölmek hayat ve bir ja niet het een ik wil dood leven een jag inte och är vill dö livet'.split(
    ' ',
  ),
);

/** Whether the safety rules can read a message: they are written for English. */
export type Assessability = { assessable: true } | { assessable: false; reason: 'non_english' };

/**
 * Tells whether a message is English enough for the rules. Messages mostly in a non-Latin script,
 * or made of another language's function words, are reported as not assessable, so the protocol
 * can err towards offering resources instead of treating silence from the rules as safety.
 * Emoji-only and very short messages count as assessable (there is nothing to misread).
 * @example assessability('quiero morir').assessable // false
 */
export function assessability(text: string): Assessability {
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length === 0) return { assessable: true };
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  if (latin / letters.length < 0.5) return { assessable: false, reason: 'non_english' };
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      .match(/\p{L}[\p{L}']*/gu) ?? [];
  if (words.length < 2) return { assessable: true };
  const english = words.filter((word) => ENGLISH.has(word)).length;
  const other = words.filter((word) => OTHER.has(word)).length;
  if (other >= 1 && other > english && english / words.length < 0.2) {
    return { assessable: false, reason: 'non_english' };
  }
  return { assessable: true };
}
