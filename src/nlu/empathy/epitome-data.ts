import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../learn/csv.ts';

/** The three empathy mechanisms of EPITOME (Sharma et al., EMNLP 2020). */
export const MECHANISMS = ['emotional_reactions', 'interpretations', 'explorations'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** An empathy level: 0 none, 1 weak, 2 strong. */
export type EmpathyLevel = 0 | 1 | 2;

/** The file of each mechanism in the EPITOME Reddit release. */
export const EPITOME_FILES: Record<Mechanism, string> = {
  emotional_reactions: 'emotional-reactions-reddit.csv',
  interpretations: 'interpretations-reddit.csv',
  explorations: 'explorations-reddit.csv',
};

/** One labelled (seeker post, response) pair of one mechanism's file. */
export interface EpitomePair {
  seekerId: string;
  responseId: string;
  seekerPost: string;
  response: string;
  level: EmpathyLevel;
  /** Spans of the response that carry the mechanism (training-time only). */
  rationales: string[];
}

/**
 * Reads one mechanism's CSV from an EPITOME directory, in file order.
 * @example loadEpitome('../shared/datasets/epitome', 'explorations').length // 2517
 */
export function loadEpitome(datasetDir: string, mechanism: Mechanism): EpitomePair[] {
  const file = join(datasetDir, EPITOME_FILES[mechanism]);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: see ../shared/datasets/README.md for the EPITOME files.`);
  }
  return parseCsv(readFileSync(file, 'utf8')).map((row, i) => {
    const level = Number(row.level);
    if (level !== 0 && level !== 1 && level !== 2) {
      throw new Error(`${file}: row ${i + 2} has level "${row.level}", expected 0, 1 or 2`);
    }
    return {
      seekerId: row.sp_id ?? '',
      responseId: row.rp_id ?? '',
      seekerPost: row.seeker_post ?? '',
      response: row.response_post ?? '',
      level,
      rationales: (row.rationales ?? '')
        .split('|')
        .map((span) => span.trim())
        .filter(Boolean),
    };
  });
}

/** FNV-1a, 32 bits: a stable hash so fold membership never depends on file order or a seed. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The fold of a seeker post: every response to one post lands in the same fold, so no post is
 * seen on both sides of a split.
 * @example foldOf('65m92s', 5) // 0..4
 */
export function foldOf(seekerId: string, folds: number): number {
  return fnv1a(seekerId) % folds;
}
