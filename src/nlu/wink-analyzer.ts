import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { NEGATORS } from './empathy/lexicons.ts';
import { feelingFamily } from './feeling-words.ts';
import { extractSelfName } from './self-name.ts';
import { findComplaint } from './complaint-markers.ts';
import type {
  AnalysisContext,
  Feeling,
  TextAnalysis,
  TextAnalyzer,
  Token,
} from './text-analysis.ts';

let shared: WinkMethods | undefined;

/** The wink-nlp pipeline, loaded once on first use (about 70 ms) so commands that never analyse text start fast. */
function nlp(): WinkMethods {
  shared ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return shared;
}

const GREETING_WORDS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'heya',
  'yo',
  'morning',
  'evening',
  'afternoon',
  'good',
  'there',
  'thanks',
  'thank',
  'you',
  'ok',
  'okay',
  'cheers',
  'again',
  'howdy',
  'greetings',
]);

/**
 * The default analyzer: wink-nlp tokens, lemmas, part of speech and negation scope, plus the
 * project's feeling words and self-introduction patterns.
 * @example winkAnalyzer().analyze("I'm not feeling great").feelings // [{ word: 'great', family: 'joy', negated: true }]
 */
export function winkAnalyzer(): TextAnalyzer {
  return {
    analyze(text: string, context?: AnalysisContext): TextAnalysis {
      const engine = nlp();
      const its = engine.its;
      const doc = engine.readDoc(text);
      const tokenList = doc.tokens();
      const column = <T>(its: unknown): T[] => (tokenList.out as (f: unknown) => T[])(its);
      const values = column<string>(its.value);
      const lemmas = column<string>(its.lemma);
      const pos = column<string>(its.pos);
      const negations = column<boolean>(its.negationFlag);
      const types = column<string>(its.type);
      const stops = column<boolean>(its.stopWordFlag);
      const tokens: Token[] = values.map((value, i) => ({
        text: value,
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        negated: Boolean(negations[i]),
        isWord: types[i] === 'word',
        stopWord: Boolean(stops[i]),
      }));
      endScopeAtNewClause(tokens);
      const words = tokens.filter((token) => token.isWord);
      const feelings = findFeelings(tokens);
      const selfName = extractSelfName(text, tokens, context?.expectingName === true);
      const complaint = findComplaint(text);
      return {
        tokens,
        sentences: doc.sentences().out() as string[],
        wordCount: words.length,
        contentLemmas: words
          .filter(
            (token) =>
              !token.stopWord &&
              !GREETING_WORDS.has(token.lemma) &&
              token.lemma !== selfName?.toLowerCase(),
          )
          .map((token) => token.lemma),
        feelings,
        ...(selfName ? { selfName } : {}),
        ...(complaint ? { complaint } : {}),
        isQuestion: /\?\s*$/u.test(text),
        greetingOnly:
          words.length > 0 &&
          words.length <= 4 &&
          words.every((token) => GREETING_WORDS.has(token.text.toLowerCase())),
      };
    },
  };
}

/**
 * Words that negate what follows them, apostrophes dropped: the empathy features' list, and
 * "nt" and "without" (wink splits "don't" into "do" and "n't").
 */
const isNegationCue = (word: string) => {
  const bare = word.replace(/['’]/gu, '');
  return NEGATORS.has(bare) || bare === 'nt' || bare === 'without';
};

/** Verbs after which "I" continues the negated thought ("I don't think I feel safe"). */
const NEGATION_RAISING = new Set([
  'think',
  'believe',
  'know',
  'sure',
  'say',
  'reckon',
  'suppose',
  'guess',
  'mean',
  'that',
  'feel',
  'expect',
]);

/**
 * wink's negation scope runs to the next punctuation mark, so in a message typed without it a
 * negation covers the next clause too: "no i dont have a plan i just feel empty" read "empty" as
 * negated. A new clause that opens with "I" or "but" ends the scope, unless a verb like "think"
 * carries the negation into it; a negation in the new clause starts a scope of its own.
 */
function endScopeAtNewClause(tokens: Token[]): void {
  let clearing = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const word = token.text.toLowerCase();
    if (!token.negated) {
      clearing = false;
      continue;
    }
    if (isNegationCue(word)) {
      clearing = false;
      continue;
    }
    const opensClause =
      word === 'but' ||
      ((word === 'i' || word === 'im' || /^i['’]m$/u.test(word)) &&
        !NEGATION_RAISING.has(tokens[i - 1]?.lemma ?? ''));
    if (opensClause) clearing = true;
    if (clearing) token.negated = false;
  }
}

const LINKING = new Set([
  'feel',
  'be',
  'get',
  'seem',
  'so',
  'really',
  'very',
  'pretty',
  'bit',
  'quite',
  "i'm",
  'im',
]);

function findFeelings(tokens: readonly Token[]): Feeling[] {
  const found: Feeling[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isWord) continue;
    const next = tokens[i + 1];
    const pair = next ? `${token.text.toLowerCase()} ${next.text.toLowerCase()}` : '';
    const pairFamily = pair ? feelingFamily(pair) : undefined;
    if (pairFamily) {
      found.push({ word: pair, family: pairFamily, negated: token.negated });
      i++;
      continue;
    }
    const family = feelingFamily(token.text) ?? feelingFamily(token.lemma);
    // "down" and "low" are feelings only as predicates ("feeling down"), not as directions.
    const previous = tokens[i - 1]?.lemma ?? '';
    const predicate = LINKING.has(previous);
    if (family && (predicate || !(token.pos === 'ADP' || token.pos === 'ADV'))) {
      found.push({ word: token.text.toLowerCase(), family, negated: token.negated });
    }
  }
  return found;
}

/** Number of words in a text, as the analyzer counts them. @example countWords("I'm fine, thanks!") // 3 */
export function countWords(text: string): number {
  const engine = nlp();
  return (engine.readDoc(text).tokens().out(engine.its.type) as string[]).filter(
    (type) => type === 'word',
  ).length;
}
