import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let lexicon: Map<string, number> | undefined;

/**
 * The VADER lexicon (Hutto & Gilbert, ICWSM 2014), read once from the vader-sentiment package:
 * word → mean valence from −4 to +4. Apostrophes are dropped from the keys, like our tokens.
 * @see https://github.com/cjhutto/vaderSentiment
 * @example valenceLexicon().get('sad') // -2.1
 */
export function valenceLexicon(): ReadonlyMap<string, number> {
  if (!lexicon) {
    const file = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');
    lexicon = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [word, score] = line.split('\t');
      if (!word || score === undefined) continue;
      const key = word.replace(/['’]/gu, '');
      if (/^[a-z0-9]+$/u.test(key) && !lexicon.has(key)) lexicon.set(key, Number(score));
    }
  }
  return lexicon;
}
