/** Types for @nlpjs/basic (no bundled types): only what the HTTP benchmark's peer bot uses. */
declare module '@nlpjs/basic' {
  /** The result of classifying one utterance. */
  export interface NlpResult {
    intent: string;
    score: number;
    answer?: string;
  }
  /** The NLP manager: documents and answers per intent, training, classification. */
  export interface Nlp {
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    addAnswer(locale: string, intent: string, answer: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
  /** The container that dockStart returns. */
  export interface Dock {
    get(name: 'nlp'): Nlp;
  }
  /** Starts the container with the given plugins and settings. */
  export function dockStart(settings?: {
    use?: string[];
    settings?: Record<string, unknown>;
  }): Promise<Dock>;
}
