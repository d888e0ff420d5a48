/**
 * The two reference models the MI classifiers are measured against, on the same folds:
 * a TF-IDF logistic regression over the utterance's words alone (the usual text baseline,
 * ≈ .70 macro-F1 on AnnoMI behaviour) and a softmax regression over bucketed VADER sentiment
 * scores of the utterance (what a sentiment pass alone tells).
 */
import vader from 'vader-sentiment';
import { miTokens } from './features.ts';

/** A featurizer fitted on training texts: feature names and values for any text. */
export type Featurizer = (text: string) => { features: string[]; values: number[] };

/**
 * TF-IDF over words: term count × smoothed inverse document frequency, L2-normalised, with
 * the document frequencies of the training texts (words unseen in training are dropped).
 * @example tfidfFeaturizer(['a b', 'b c'])('a b') // { features: ['a', 'b'], values: [0.81, 0.58] }
 */
export function tfidfFeaturizer(trainingTexts: readonly string[]): Featurizer {
  const df = new Map<string, number>();
  for (const text of trainingTexts)
    for (const w of new Set(miTokens(text))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = trainingTexts.length;
  return (text) => {
    const counts = new Map<string, number>();
    for (const w of miTokens(text)) if (df.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const features = [...counts.keys()].sort();
    const values = features.map((w) => counts.get(w)! * (Math.log((1 + n) / (1 + df.get(w)!)) + 1));
    const norm = Math.sqrt(values.reduce((a, v) => a + v * v, 0)) || 1;
    return { features, values: values.map((v) => v / norm) };
  };
}

/**
 * VADER's four scores (negative, neutral, positive, compound) cut into tenths, one-hot.
 * @see Hutto & Gilbert, VADER (ICWSM 2014).
 * @example vaderFeatures('I love it').features // ['neg:0', 'neu:4', 'pos:5', 'compound:16']
 */
export function vaderFeatures(text: string): { features: string[]; values: number[] } {
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(text.slice(0, 5_000));
  const tenth = (v: number) => Math.min(9, Math.floor(v * 10));
  const features = [
    `neg:${tenth(s.neg)}`,
    `neu:${tenth(s.neu)}`,
    `pos:${tenth(s.pos)}`,
    `compound:${Math.min(19, Math.floor((s.compound + 1) * 10))}`,
  ];
  return { features, values: features.map(() => 1) };
}
