import { computeDtaIndex, type DtaReport, type UtteranceSignals } from '../alliance/index.ts';
import type { Annotator, UtteranceAnnotation } from '../nlu/index.ts';
import type { Transcript } from './transcripts.ts';

/** A transcript's utterances with their annotations, in order. */
export function annotateTranscript(
  transcript: Transcript,
  annotator: Annotator,
): (UtteranceSignals & UtteranceAnnotation)[] {
  let previous: { speaker: string; text: string } | undefined;
  let helperTurn: string | undefined;
  return transcript.utterances.map((u) => {
    // An explicit context (the post a reply answers) takes the place of the previous turn.
    const before =
      u.context !== undefined
        ? { speaker: u.speaker === 'client' ? 'agent' : 'client', text: u.context }
        : previous;
    const annotation = annotator.annotate(u.speaker, u.text, before, helperTurn);
    previous = { speaker: u.speaker, text: u.text };
    if (u.speaker !== 'client') helperTurn = u.text;
    return { id: u.id, speaker: u.speaker, text: u.text, ...annotation };
  });
}

/** The `alliance score` line of one conversation (contract in DESIGN.md). */
export interface ConversationScore {
  conversation: string;
  dta: DtaReport['dta'];
  ruptures: DtaReport['ruptures'];
  miti: DtaReport['miti'];
  turns: DtaReport['turns'];
  evidence: DtaReport['evidence'];
  per_turn: DtaReport['perTurn'];
  calibrated: boolean;
}

/**
 * Scores one transcript: annotate every utterance, then the DTA index with its evidence.
 * @example scoreTranscript(transcripts[0], annotator).dta.overall
 */
export function scoreTranscript(transcript: Transcript, annotator: Annotator): ConversationScore {
  const report = computeDtaIndex(annotateTranscript(transcript, annotator));
  return {
    conversation: transcript.id,
    dta: report.dta,
    ruptures: report.ruptures,
    miti: report.miti,
    turns: report.turns,
    evidence: report.evidence,
    per_turn: report.perTurn,
    calibrated: report.calibrated,
  };
}
