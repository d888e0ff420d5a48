// English function words: any message in English uses several.
const ENGLISH = new Set(
  "i me my myself you your he she it we they them the a an and or but if so not no to of in on at for with from this that is am are was were be been have has had do does did don't can can't will would just what how why when all feel want like im i'm it's".split(
    ' ',
  ),
);
// Function words and very common words of other languages that are not English words
// (Spanish, French, German, Portuguese, Italian, Polish, Turkish, Dutch, Swedish, Indonesian…).
const OTHER = new Set(
  [
    // Spanish
    'que qué de la el los las y en un una es por para mi yo quiero estoy tengo morir vida muy pero como cuando porque más aguanto nada todo hoy ayer mañana muero esta está eso ese su sus nos te le sobre soy eres tú él ella ellos tus cenamos quién dónde también siempre nunca matarme',
    // French
    'je ne pas les et est suis moi mon mes veux mourir très tu il elle nous vous sont avec pour dans sur mais ou où qui quoi toujours jamais rien aujourd hui pris toute boîte médicaments envie disparaître pour toujours une des du au aux ce cette',
    // German
    'ich nicht und der das ist mich mein meine sterben leben sehr du er sie wir ihr sind mit für auf aber oder wenn weil heute habe eine einen dem steht gerade vor tür messer kein keine nichts immer nie auch noch schon gestresst',
    // Portuguese
    'eu não meu minha estou quero morrer vida muito você ele ela nós com para por mas quando porque hoje ontem sempre nunca nada tudo bate marido mulher também ainda já isso essa esse sou tenho',
    // Italian
    'io non il sono voglio morire vita di che per sei lui lei noi voi loro mio sempre mai niente tutto oggi ieri sera tagliata nuovo',
    // Polish
    'nie jestem chcę umrzeć życie jest się na że to mnie mój moja ale dziś dzisiaj jak już bardzo tak czy ja ty ona',
    // Turkish
    'değil istiyorum ölmek hayat ve bir bu çok ama gibi için ile de ne sen biz gece',
    // Dutch and Swedish
    'ja niet het een ik wil dood leven jag inte och är vill dö livet jij hij zij wij maar met voor op ook nog jeg ikke og',
    // Indonesian and Malay
    'saya aku tidak mau ingin mati hidup yang di ini itu dengan untuk',
  ]
    .join(' ')
    .split(' '),
);
// Words of English-lexifier creoles (Jamaican Patois and its Caribbean and London neighbours):
// their speakers write English words the way they say them, with "mi" for I and me, which is also
// a Spanish and Italian word. Such a message is English enough for the model (risk said in
// Patois reached no one while "mi" made it read as Spanish).
// @see Cassidy & Le Page, Dictionary of Jamaican English (2nd ed., 1980), for these spellings.
const CREOLE = new Set(
  'waan wah tek mek fi nuh yuh unu dem deh gwaan inna likkle pickney bwoy gyal seh cyaan cya neva dat dis weh wid suh mada fada bredda sista nyam haffi'.split(
    ' ',
  ),
);

// Letters English does not use (English loanwords such as "café" carry only a few).
const FOREIGN_LETTER = /[ñ¿¡ãõçàâèéêëìîïòóôùúûüÿœæßäöåøłąęśćńżźğşı]/u;

const ASCII = /^[\x00-\x7f]*$/u;
const ASCII_LETTER = /[A-Za-z]/u;

/** Whether the safety rules can read a message: they are written for English. */
export type Assessability = { assessable: true } | { assessable: false; reason: 'non_english' };

/**
 * Tells whether a message is English enough for the rules. Messages mostly in a non-Latin script,
 * or made of another language's function words and letters, are reported as not assessable, so
 * the protocol can err towards offering resources instead of treating silence from the rules as
 * safety. Emoji-only and very short messages count as assessable (there is nothing to misread).
 * @example assessability('quiero morir').assessable // false
 */
export function assessability(text: string): Assessability {
  // Plain ASCII (almost every message) has only Latin letters, or none: counting scripts one
  // character at a time is needed only beyond it.
  if (ASCII.test(text)) {
    if (!ASCII_LETTER.test(text)) return { assessable: true };
  } else {
    const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
    if (letters.length === 0) return { assessable: true };
    const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
    if (latin / letters.length < 0.5) return { assessable: false, reason: 'non_english' };
  }
  const words =
    text
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      // Symbols inside a word belong to it: "su!c!dal" is one masked English word, not three.
      .match(/\p{L}(?:[\p{L}\p{N}']|[!@$*#_](?=\p{L}))*/gu) ?? [];
  if (words.length < 2) return { assessable: true };
  // With creole words present, "mi" is the creole pronoun, not Spanish or Italian.
  const creole = words.filter((word) => CREOLE.has(word)).length;
  const isEnglish = (word: string) =>
    ENGLISH.has(word) || (creole > 0 && (CREOLE.has(word) || word === 'mi'));
  const english = words.filter(isEnglish).length;
  // A word counts as foreign once: for being another language's common word, or for its letters.
  const foreign = words.filter(
    (word) => !isEnglish(word) && (OTHER.has(word) || FOREIGN_LETTER.test(word)),
  ).length;
  if (foreign >= 2 && foreign > english && english / words.length < 0.25) {
    return { assessable: false, reason: 'non_english' };
  }
  if (foreign >= 1 && foreign > english && english / words.length < 0.2) {
    return { assessable: false, reason: 'non_english' };
  }
  return { assessable: true };
}
