import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../learn/csv.ts';

export const BEHAVIOURS = ['reflection', 'question', 'therapist_input', 'other'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
export const TALK_TYPES = ['change', 'neutral', 'sustain'] as const;
export type TalkType = (typeof TALK_TYPES)[number];
export const REFLECTION_SUBTYPES = ['simple', 'complex'] as const;
export type ReflectionSubtype = (typeof REFLECTION_SUBTYPES)[number];
export const QUESTION_SUBTYPES = ['open', 'closed'] as const;
export type QuestionSubtype = (typeof QUESTION_SUBTYPES)[number];

/** One labelled AnnoMI utterance with the utterance before it in its transcript. */
export interface MiUtterance {
  transcript: string;
  quality: 'high' | 'low';
  order: number;
  speaker: 'therapist' | 'client';
  text: string;
  /** The utterance just before, whoever spoke it; undefined at a transcript's start. */
  previous?: string;
  behaviour?: Behaviour;
  talkType?: TalkType;
  /** Majority of the annotators' subtypes when the main behaviour is a reflection (no tie). */
  reflection?: ReflectionSubtype;
  /** Majority of the annotators' subtypes when the main behaviour is a question (no tie). */
  question?: QuestionSubtype;
}

/**
 * The label most annotators gave, or undefined on a tie or when none gave one. AnnoMI-full
 * holds one row per annotator; most utterances have one annotator, 310 have ten.
 */
export function majority<T extends string>(votes: readonly string[], labels: readonly T[]) {
  const counts = labels.map((label) => votes.filter((v) => v === label).length);
  const best = Math.max(...counts);
  if (best === 0 || counts.filter((c) => c === best).length > 1) return undefined;
  return labels[counts.indexOf(best)];
}

/**
 * Reads AnnoMI (Wu et al., ICASSP 2022) from a folder holding `AnnoMI-simple.csv` (the main
 * labels) and `AnnoMI-full.csv` (per-annotator subtypes), in transcript and utterance order.
 * Subtype rule: among the annotators of an utterance whose main behaviour (from the simple file)
 * is a reflection, the reflection subtype most of them gave; ties and utterances without one are
 * left unlabelled (likewise for questions).
 * @example loadAnnoMi('../shared/datasets/annomi').length // 7038
 */
export function loadAnnoMi(datasetDir: string): MiUtterance[] {
  const simplePath = join(datasetDir, 'AnnoMI-simple.csv');
  const fullPath = join(datasetDir, 'AnnoMI-full.csv');
  for (const path of [simplePath, fullPath]) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: see ../shared/datasets/README.md (AnnoMI).`);
    }
  }
  const key = (row: Record<string, string>) => `${row.transcript_id}/${row.utterance_id}`;
  const votes = new Map<string, { reflection: string[]; question: string[] }>();
  for (const row of parseCsv(readFileSync(fullPath, 'utf8'))) {
    const entry = votes.get(key(row)) ?? { reflection: [], question: [] };
    entry.reflection.push(row.reflection_subtype ?? '');
    entry.question.push(row.question_subtype ?? '');
    votes.set(key(row), entry);
  }
  const rows = parseCsv(readFileSync(simplePath, 'utf8'))
    .filter((row) => row.transcript_id && row.utterance_id)
    .sort(
      (a, b) =>
        a.transcript_id!.localeCompare(b.transcript_id!, 'en', { numeric: true }) ||
        Number(a.utterance_id) - Number(b.utterance_id),
    );
  const utterances: MiUtterance[] = [];
  let before: Record<string, string> | undefined;
  for (const row of rows) {
    const speaker = row.interlocutor === 'client' ? 'client' : 'therapist';
    const utterance: MiUtterance = {
      transcript: row.transcript_id!,
      quality: row.mi_quality === 'low' ? 'low' : 'high',
      order: Number(row.utterance_id),
      speaker,
      text: row.utterance_text ?? '',
    };
    if (before && before.transcript_id === row.transcript_id) {
      utterance.previous = before.utterance_text ?? '';
    }
    const behaviour = row.main_therapist_behaviour as Behaviour;
    if (speaker === 'therapist' && BEHAVIOURS.includes(behaviour)) {
      utterance.behaviour = behaviour;
      const voted = votes.get(key(row));
      if (behaviour === 'reflection' && voted) {
        utterance.reflection = majority(voted.reflection, REFLECTION_SUBTYPES);
      }
      if (behaviour === 'question' && voted) {
        utterance.question = majority(voted.question, QUESTION_SUBTYPES);
      }
    }
    const talkType = row.client_talk_type as TalkType;
    if (speaker === 'client' && TALK_TYPES.includes(talkType)) utterance.talkType = talkType;
    utterances.push(utterance);
    before = row;
  }
  return utterances;
}

/**
 * Cross-validation folds that keep each transcript whole: transcripts from the largest down,
 * each to the fold with the fewest utterances so far (ties to the lowest fold). Deterministic.
 * @example transcriptFolds(utterances, 5).get('1') // 3
 */
export function transcriptFolds(utterances: readonly { transcript: string }[], folds: number) {
  const sizes = new Map<string, number>();
  for (const u of utterances) sizes.set(u.transcript, (sizes.get(u.transcript) ?? 0) + 1);
  const order = [...sizes.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }),
  );
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const [transcript, size] of order) {
    const fold = load.indexOf(Math.min(...load));
    foldOf.set(transcript, fold);
    load[fold]! += size;
  }
  return foldOf;
}
