import type { FeelingFamily } from './feeling-words.ts';

/** One token of a message. */
export interface Token {
  text: string;
  lemma: string;
  /** Universal POS tag (e.g. NOUN, VERB, PROPN). */
  pos: string;
  /** Inside the scope of a negation ("not" in "I don't feel happy" covers "feel happy"). */
  negated: boolean;
  isWord: boolean;
  stopWord: boolean;
}

/** A feeling word found in a message. */
export interface Feeling {
  word: string;
  family: FeelingFamily;
  negated: boolean;
}

/** What the nlu stage finds in one message. Later issues add trained signals here. */
export interface TextAnalysis {
  tokens: Token[];
  sentences: string[];
  /** Number of word tokens (no punctuation, symbols or emoji). */
  wordCount: number;
  /** Lemmas of content words, lowercase: no stop words, greetings or the person's own name. */
  contentLemmas: string[];
  feelings: Feeling[];
  /** A name the person gave for themselves ("I'm Sam", "call me Jo"), if any. */
  selfName?: string;
  isQuestion: boolean;
  /** Words objecting to the agent or the conversation ("this is useless"): a possible rupture. */
  complaint?: string;
  /** Only a greeting or pleasantry ("hi", "hello there", "thanks"). */
  greetingOnly: boolean;
}

/** Hints from the conversation that change how a message is read. */
export interface AnalysisContext {
  /** The agent just asked what to call the person, so a short answer is a name. */
  expectingName?: boolean;
}

/** Turns text into signals. Deterministic and side-effect free. */
export interface TextAnalyzer {
  analyze(text: string, context?: AnalysisContext): TextAnalysis;
}
