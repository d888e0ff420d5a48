/**
 * Research: reading transcripts from other sources (JSON Lines, AnnoMI CSV, ESConv) so the same
 * signals and index run over imported conversations as over live ones.
 */
export {
  parseUtterance,
  readTranscripts,
  TRANSCRIPT_FORMATS,
  TRANSCRIPT_LIMITS,
  type Speaker,
  type Utterance,
  type Transcript,
  type TranscriptFormat,
} from './transcripts.ts';
export { annotateTranscript, scoreTranscript, type ConversationScore } from './score-transcript.ts';
