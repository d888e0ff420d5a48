import { AllianceError, jsonProblem } from '../core/index.ts';
import { parseCsv } from '../nlu/index.ts';

/** Who speaks in an imported transcript. */
export type Speaker = 'client' | 'agent' | 'therapist';
const SPEAKERS: ReadonlySet<string> = new Set(['client', 'agent', 'therapist']);

/** One utterance, as `alliance annotate` and `alliance score` read it. */
export interface Utterance {
  id: string | number;
  speaker: Speaker;
  text: string;
  /** The message being answered (e.g. the post a reply responds to). */
  context?: string;
  conversation?: string;
}

/** A conversation read from a file, utterances in order. */
export interface Transcript {
  id: string;
  utterances: (Utterance & { line: number })[];
  /** What the source says about it (e.g. AnnoMI's `mi_quality`), never used for scoring. */
  meta: Record<string, string>;
}

/** Formats `alliance score` reads. */
export const TRANSCRIPT_FORMATS = ['jsonl', 'annomi', 'esconv'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** Limits that keep a hostile file from exhausting memory: far above any real transcript. */
export const TRANSCRIPT_LIMITS = { utterances: 500_000, textChars: 100_000 } as const;

const problem = (where: number | string, message: string, hint: string) =>
  new AllianceError(
    'usage',
    `${typeof where === 'number' ? `line ${where}` : where}: ${message}`,
    hint,
  );

/**
 * Checks one JSON Lines utterance (`{"id", "speaker", "text", "context"?, "conversation"?}`).
 * Throws `usage` naming what is wrong; the caller adds the line number.
 */
export function parseUtterance(text: string): Utterance {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AllianceError(
      'usage',
      `${jsonProblem(error).replace(/^n/u, 'N')}.`,
      'Each line must be one JSON object.',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AllianceError(
      'usage',
      'Not a JSON object.',
      'Each line must be {"id", "speaker", "text"}.',
    );
  }
  const item = value as Record<string, unknown>;
  if (typeof item.id !== 'string' && typeof item.id !== 'number') {
    throw new AllianceError(
      'usage',
      'Missing "id" (a string or number).',
      'Give every utterance an id.',
    );
  }
  if (typeof item.speaker !== 'string' || !SPEAKERS.has(item.speaker)) {
    throw new AllianceError(
      'usage',
      `Unknown speaker ${JSON.stringify(item.speaker ?? null).slice(0, 40)}.`,
      'Use "client", "agent" or "therapist".',
    );
  }
  if (typeof item.text !== 'string' || item.text.trim() === '') {
    throw new AllianceError(
      'usage',
      'Empty or missing "text".',
      'Give the words of the utterance.',
    );
  }
  if (item.text.length > TRANSCRIPT_LIMITS.textChars) {
    throw new AllianceError(
      'usage',
      `"text" is ${item.text.length} characters; the limit is ${TRANSCRIPT_LIMITS.textChars}.`,
      'Split the utterance.',
    );
  }
  for (const key of ['context', 'conversation'] as const) {
    if (item[key] !== undefined && typeof item[key] !== 'string') {
      throw new AllianceError(
        'usage',
        `"${key}" must be a string.`,
        'Remove it or give it as text.',
      );
    }
  }
  return item as unknown as Utterance;
}

/**
 * Reads transcripts in one of the supported formats. Every problem is an error naming the line
 * (or the dialogue and turn for ESConv); nothing is skipped silently.
 * @example readTranscripts(text, 'annomi', 'AnnoMI-simple.csv')
 */
export function readTranscripts(
  text: string,
  format: TranscriptFormat,
  source: string,
): Transcript[] {
  switch (format) {
    case 'jsonl':
      return readJsonl(text);
    case 'annomi':
      return readAnnomi(text, source);
    case 'esconv':
      return readEsconv(text);
  }
}

function readJsonl(text: string): Transcript[] {
  const byId = new Map<string, Transcript>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    let utterance: Utterance;
    try {
      utterance = parseUtterance(raw);
    } catch (error) {
      const e = error as AllianceError;
      throw problem(index + 1, e.message.replace(/\.$/u, '') + '.', e.hint ?? '');
    }
    const id = utterance.conversation ?? 'conversation';
    const transcript = byId.get(id) ?? { id, utterances: [], meta: {} };
    byId.set(id, transcript);
    transcript.utterances.push({ ...utterance, line: index + 1 });
    if (transcript.utterances.length > TRANSCRIPT_LIMITS.utterances) {
      throw problem(
        index + 1,
        'too many utterances in one conversation.',
        `The limit is ${TRANSCRIPT_LIMITS.utterances}.`,
      );
    }
  });
  return [...byId.values()];
}

const ANNOMI_COLUMNS = ['transcript_id', 'utterance_id', 'interlocutor', 'utterance_text'] as const;

function readAnnomi(text: string, source: string): Transcript[] {
  const header = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const columns = header
    .replace(/^\uFEFF/u, '')
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/gu, ''));
  const missing = ANNOMI_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw problem(
      1,
      `${source} lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.`,
      `An AnnoMI CSV needs ${ANNOMI_COLUMNS.join(', ')}.`,
    );
  }
  const rows = parseCsv(text);
  const byId = new Map<string, Transcript>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const id = row.transcript_id?.trim();
    const order = Number(row.utterance_id);
    const who = row.interlocutor?.trim().toLowerCase();
    const words = row.utterance_text ?? '';
    if (!id) throw problem(line, 'empty transcript_id.', 'Every row needs its transcript.');
    if (!Number.isFinite(order))
      throw problem(
        line,
        `utterance_id "${String(row.utterance_id).slice(0, 20)}" is not a number.`,
        'Number the utterances of a transcript 0, 1, 2…',
      );
    if (who !== 'therapist' && who !== 'client') {
      throw problem(
        line,
        `unknown interlocutor "${String(row.interlocutor).slice(0, 30)}".`,
        'AnnoMI interlocutors are therapist or client.',
      );
    }
    if (words.trim() === '')
      throw problem(line, 'empty utterance_text.', 'Every utterance needs its words.');
    const transcript = byId.get(id) ?? { id, utterances: [], meta: {} };
    byId.set(id, transcript);
    if (row.mi_quality) transcript.meta.mi_quality = row.mi_quality;
    if (row.topic) transcript.meta.topic = row.topic;
    transcript.utterances.push({
      id: `${id}-${order}`,
      speaker: who,
      text: words.slice(0, TRANSCRIPT_LIMITS.textChars),
      conversation: id,
      line,
    });
  });
  for (const transcript of byId.values()) {
    transcript.utterances.sort(
      (a, b) => Number(String(a.id).split('-').at(-1)) - Number(String(b.id).split('-').at(-1)),
    );
  }
  return [...byId.values()];
}

const ESCONV_SPEAKERS: Record<string, Speaker> = {
  seeker: 'client',
  usr: 'client',
  supporter: 'agent',
  sys: 'agent',
};

/**
 * ESConv (Liu et al., ACL 2021): a JSON array of dialogues, each with `dialog` turns
 * `{speaker: seeker|supporter, content}`; the JSON Lines variant with `{speaker: usr|sys, text}`
 * is read too.
 */
function readEsconv(text: string): Transcript[] {
  let dialogues: unknown[];
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      dialogues = JSON.parse(trimmed) as unknown[];
    } catch (error) {
      throw problem(
        1,
        `the ESConv file is ${jsonProblem(error)}.`,
        'Give ESConv.json as published, or one dialogue per line.',
      );
    }
  } else {
    dialogues = trimmed.split('\n').map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw problem(
          index + 1,
          `${jsonProblem(error)}.`,
          'Each line must be one ESConv dialogue.',
        );
      }
    });
  }
  return dialogues.map((raw, index) => {
    const where = `dialogue ${index + 1}`;
    const dialogue = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<
      string,
      unknown
    >;
    if (!Array.isArray(dialogue.dialog)) {
      throw problem(
        where,
        'has no "dialog" array.',
        'Each ESConv dialogue has a "dialog" list of turns.',
      );
    }
    const id = String(dialogue.id ?? dialogue.conversation_id ?? `esconv-${index + 1}`);
    const meta: Record<string, string> = {};
    for (const key of ['emotion_type', 'problem_type', 'experience_type']) {
      if (typeof dialogue[key] === 'string') meta[key] = dialogue[key] as string;
    }
    const utterances = dialogue.dialog.map((turnRaw, turnIndex) => {
      const turn = (typeof turnRaw === 'object' && turnRaw !== null ? turnRaw : {}) as Record<
        string,
        unknown
      >;
      const speaker = ESCONV_SPEAKERS[String(turn.speaker)];
      if (!speaker) {
        throw problem(
          `${where} turn ${turnIndex + 1}`,
          `unknown speaker ${JSON.stringify(turn.speaker ?? null).slice(0, 30)}.`,
          'ESConv speakers are seeker and supporter (or usr and sys).',
        );
      }
      const words =
        typeof turn.content === 'string'
          ? turn.content
          : typeof turn.text === 'string'
            ? turn.text
            : '';
      if (words.trim() === '')
        throw problem(
          `${where} turn ${turnIndex + 1}`,
          'empty text.',
          'Every turn needs its words.',
        );
      return {
        id: `${id}-${turnIndex}`,
        speaker,
        text: words.slice(0, TRANSCRIPT_LIMITS.textChars),
        conversation: id,
        line: index + 1,
      };
    });
    return { id, utterances, meta };
  });
}
