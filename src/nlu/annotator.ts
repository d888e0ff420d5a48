import type { MarkerLabel, MarkerModel, MarkerSpan } from './markers/model.ts';

/** What the nlu models say about one utterance. */
export interface UtteranceAnnotation {
  /** Agent or therapist turns: EPITOME empathy mechanisms, each 0–2. */
  empathy?: { emotional_reactions: 0 | 1 | 2; interpretations: 0 | 1 | 2; explorations: 0 | 1 | 2 };
  /** Agent or therapist turns: the counselling behaviour and its subtype. */
  behaviour?: {
    behaviour: 'reflection' | 'question' | 'therapist_input' | 'other';
    reflection?: 'simple' | 'complex';
    question?: 'open' | 'closed';
  };
  /** Client turns. */
  talkType?: 'change' | 'neutral' | 'sustain';
  /** Client turns: alliance markers. */
  markers?: MarkerLabel[];
  /** Client turns of several sentences: the sentence that carries each marker found. */
  markerSpans?: Partial<Record<MarkerLabel, MarkerSpan>>;
  /** Agent or therapist turns of several sentences: the sentence that carries each mechanism found. */
  empathySpans?: Partial<Record<EmpathyMechanism, MarkerSpan>>;
}

/** The EPITOME mechanisms, as the annotation names them. */
export type EmpathyMechanism = keyof NonNullable<UtteranceAnnotation['empathy']>;

/** A model of agent or therapist turns (empathy given the message answered). */
export interface EmpathySource {
  empathy(
    response: string,
    seekerPost?: string,
  ): NonNullable<UtteranceAnnotation['empathy']> & {
    spans?: Partial<Record<EmpathyMechanism, MarkerSpan>>;
  };
}
/** A model of counselling behaviour and client talk type, with the previous turn as context. */
export interface MiSource {
  behaviour(text: string, previous?: string): NonNullable<UtteranceAnnotation['behaviour']>;
  talkType(text: string, previous?: string): NonNullable<UtteranceAnnotation['talkType']>;
}

/** Annotates utterances one at a time, each with the turn before it as context. */
export interface Annotator {
  /**
   * `helperTurn`: for a client turn that follows the client's own (a person who goes on
   * speaking), the last agent or therapist turn, which the alliance markers read it against.
   */
  annotate(
    speaker: 'client' | 'agent' | 'therapist',
    text: string,
    previous?: { speaker: string; text: string },
    helperTurn?: string,
  ): UtteranceAnnotation;
}

/**
 * The annotator over whichever models are given: empathy and behaviour for agent and therapist
 * turns (answering the previous client turn), talk type and alliance markers for client turns
 * (answering the previous agent or therapist turn).
 * @example createAnnotator({ markers: shippedMarkerModel() }).annotate('client', 'ok I will try', { speaker: 'agent', text: 'Could you try a walk?' })
 */
export function createAnnotator(models: {
  markers?: MarkerModel;
  empathy?: EmpathySource;
  mi?: MiSource;
}): Annotator {
  return {
    annotate(speaker, text, previous, helperTurn) {
      if (speaker === 'client') {
        const answered = previous && previous.speaker !== 'client' ? previous.text : helperTurn;
        const read = models.markers?.markers(text, answered);
        return {
          ...(models.mi ? { talkType: models.mi.talkType(text, previous?.text) } : {}),
          ...(read ? { markers: read.labels } : {}),
          ...(read && Object.keys(read.spans).length > 0 ? { markerSpans: read.spans } : {}),
        };
      }
      const answered = previous && previous.speaker === 'client' ? previous.text : undefined;
      const read = models.empathy?.empathy(text, answered);
      return {
        ...(read
          ? {
              empathy: {
                emotional_reactions: read.emotional_reactions,
                interpretations: read.interpretations,
                explorations: read.explorations,
              },
            }
          : {}),
        ...(read?.spans && Object.keys(read.spans).length > 0 ? { empathySpans: read.spans } : {}),
        ...(models.mi ? { behaviour: models.mi.behaviour(text, previous?.text) } : {}),
      };
    },
  };
}
