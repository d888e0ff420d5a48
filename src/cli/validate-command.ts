import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auc,
  computeDtaIndex,
  DTA_DIMENSIONS,
  spearman,
  type DtaScores,
} from '../alliance/index.ts';
import { AllianceError } from '../core/index.ts';
import {
  createAnnotator,
  loadAnnoMi,
  miModel,
  shippedMarkerModel,
  transcriptFolds,
  trainMiModelsFrom,
  type Annotator,
} from '../nlu/index.ts';
import { annotateTranscript, readTranscripts, type Transcript } from '../research/index.ts';
import type { CliIo } from './cli-io.ts';
import { defaultAnnotator, empathySource, miSource } from '../nlu/index.ts';
import { datasetsDir, evaluateAll, formatEvaluation, type Evaluation } from './eval-command.ts';

const FOLDS = 5;
const DIMENSIONS = [...DTA_DIMENSIONS, 'overall'] as const;

/** What `alliance validate` measured. */
interface Validation {
  transcripts: number;
  high: number;
  low: number;
  /** AUC of each dimension for high- vs low-quality MI, annotations from models that never saw the transcript. */
  aucOutOfFold: Record<(typeof DIMENSIONS)[number], number | null>;
  /** The same with the shipped models (trained on every transcript): optimistic, for reference. */
  aucShipped: Record<(typeof DIMENSIONS)[number], number | null>;
  /** Spearman's ρ between dimensions across transcripts. */
  relations: { a: string; b: string; rho: number | null }[];
  points: { quality: 'high' | 'low'; dta: DtaScores }[];
  evaluation?: Evaluation;
}

/**
 * `alliance validate [--format md|html] [--out FILE] [--skip-eval]`: the index against AnnoMI's
 * high- and low-quality MI transcripts (AUC per dimension, with annotations from models trained
 * on the other folds), per-task macro-F1 (as `alliance eval`), and how the dimensions relate,
 * with a plot.
 */
export async function validateCommand(
  options: { format: string; out?: string; datasets?: string; skipEval?: boolean },
  io: CliIo,
): Promise<number> {
  if (options.format !== 'md' && options.format !== 'html') {
    throw new AllianceError(
      'usage',
      `Unknown format "${options.format.slice(0, 20)}".`,
      'Use md or html.',
    );
  }
  const dir = datasetsDir(options.datasets, io);
  const csv = join(dir, 'annomi', 'AnnoMI-simple.csv');
  if (!existsSync(csv)) {
    throw new AllianceError(
      'usage',
      `There is no AnnoMI file at ${csv}.`,
      'Pass --datasets with the folder that holds annomi/ and epitome/.',
    );
  }
  const transcripts = readTranscripts(readFileSync(csv, 'utf8'), 'annomi', csv).filter(
    (t) => t.meta.mi_quality === 'high' || t.meta.mi_quality === 'low',
  );
  const progress = (line: string) => io.error(`alliance: ${line}`);

  // Out of fold: each transcript is annotated by MI models trained on the other folds.
  const utterances = loadAnnoMi(join(dir, 'annomi'));
  const folds = transcriptFolds(utterances, FOLDS);
  const outOfFold = new Map<string, DtaScores>();
  for (let fold = 0; fold < FOLDS; fold += 1) {
    progress(`validation fold ${fold + 1} of ${FOLDS}: training the MI models on the other folds`);
    const mi = miModel(
      trainMiModelsFrom(utterances.filter((u) => folds.get(u.transcript) !== fold)),
    );
    const annotator = createAnnotator({
      markers: shippedMarkerModel(),
      mi: miSource(mi),
      empathy: empathySource(),
    });
    for (const transcript of transcripts.filter((t) => folds.get(t.id) === fold)) {
      outOfFold.set(transcript.id, indexOf(transcript, annotator));
    }
  }
  const shipped = new Map(transcripts.map((t) => [t.id, indexOf(t, defaultAnnotator())]));
  const positive = transcripts.map((t) => t.meta.mi_quality === 'high');
  const aucOf = (scores: Map<string, DtaScores>) =>
    Object.fromEntries(
      DIMENSIONS.map((d) => [
        d,
        round(
          auc(
            transcripts.map((t) => scores.get(t.id)![d]),
            positive,
          ),
        ),
      ]),
    ) as Validation['aucOutOfFold'];
  const relations: Validation['relations'] = [];
  DTA_DIMENSIONS.forEach((a, i) => {
    for (const b of DTA_DIMENSIONS.slice(i + 1)) {
      relations.push({
        a,
        b,
        rho: round(
          spearman(
            transcripts.map((t) => outOfFold.get(t.id)![a]),
            transcripts.map((t) => outOfFold.get(t.id)![b]),
          ),
        ),
      });
    }
  });
  const validation: Validation = {
    transcripts: transcripts.length,
    high: positive.filter(Boolean).length,
    low: positive.filter((p) => !p).length,
    aucOutOfFold: aucOf(outOfFold),
    aucShipped: aucOf(shipped),
    relations,
    points: transcripts.map((t) => ({
      quality: t.meta.mi_quality as 'high' | 'low',
      dta: outOfFold.get(t.id)!,
    })),
  };
  if (!options.skipEval) {
    progress('per-task cross-validation (this takes a few minutes)');
    validation.evaluation = await evaluateAll(dir, progress);
  }
  const report = options.format === 'html' ? html(validation) : markdown(validation);
  if (options.out) {
    writeFileSync(options.out, report);
    progress(`report written to ${options.out}`);
  } else io.out(report);
  return 0;
}

function indexOf(transcript: Transcript, annotator: Annotator): DtaScores {
  return computeDtaIndex(annotateTranscript(transcript, annotator)).dta;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function markdown(v: Validation): string {
  const lines = [
    '# Alliance validation report',
    '',
    `AnnoMI development transcripts: ${v.transcripts} (${v.high} high-quality MI, ${v.low} low-quality). The index is computed from the transcripts' words only; the quality labels are used only to measure it.`,
    '',
    '## High- versus low-quality MI: AUC of the index',
    '',
    '| Dimension | AUC (models never saw the transcript) | AUC (shipped models, optimistic) |',
    '| --- | ---: | ---: |',
    ...DIMENSIONS.map((d) => `| ${d} | ${fmt(v.aucOutOfFold[d])} | ${fmt(v.aucShipped[d])} |`),
    '',
    'Target: AUC ≥ .90 for the overall index.',
    '',
    '## How the dimensions relate (Spearman ρ across transcripts)',
    '',
    '| | ρ |',
    '| --- | ---: |',
    ...v.relations.map((r) => `| ${r.a} – ${r.b} | ${fmt(r.rho)} |`),
    '',
    '## The index by MI quality',
    '',
    plotSvg(v),
    '',
  ];
  if (v.evaluation)
    lines.push(
      '## Per-task macro-F1 (cross-validated)',
      '',
      '```',
      formatEvaluation(v.evaluation),
      '```',
      '',
    );
  return lines.join('\n');
}

function html(v: Validation): string {
  const md = markdown(v);
  const body = md
    .split('\n\n')
    .map((block) => {
      if (block.startsWith('# ')) return `<h1>${escape(block.slice(2))}</h1>`;
      if (block.startsWith('## ')) return `<h2>${escape(block.slice(3))}</h2>`;
      if (block.startsWith('<svg')) return block;
      if (block.startsWith('```')) return `<pre>${escape(block.replace(/```\n?/gu, ''))}</pre>`;
      if (block.startsWith('|')) {
        const rows = block
          .split('\n')
          .filter((row) => !/^\|\s*-/u.test(row) && !/^\| ---/u.test(row));
        return `<table>${rows
          .map((row, i) => {
            const cells = row
              .split('|')
              .slice(1, -1)
              .map((c) => escape(c.trim()));
            const tag = i === 0 ? 'th' : 'td';
            return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
          })
          .join('')}</table>`;
      }
      return `<p>${escape(block)}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alliance validation report</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style></head><body>\n${body}\n</body></html>\n`;
}

/** A strip plot: one row per dimension, high-quality transcripts above, low below. */
function plotSvg(v: Validation): string {
  const width = 640;
  const rowHeight = 44;
  const left = 110;
  const x = (value: number) => left + ((width - left - 20) * value) / 100;
  const parts: string[] = [];
  DIMENSIONS.forEach((d, row) => {
    const y = 30 + row * rowHeight;
    parts.push(`<text x="8" y="${y + 8}" font-size="13">${d}</text>`);
    parts.push(`<line x1="${x(0)}" x2="${x(100)}" y1="${y + 18}" y2="${y + 18}" stroke="#ddd"/>`);
    for (const p of v.points) {
      const dy = p.quality === 'high' ? 0 : 14;
      const colour = p.quality === 'high' ? '#1b7837' : '#b2182b';
      parts.push(
        `<circle cx="${x(p.dta[d]).toFixed(1)}" cy="${y + dy}" r="3" fill="${colour}" fill-opacity="0.55"/>`,
      );
    }
  });
  const axisY = 30 + DIMENSIONS.length * rowHeight;
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="${axisY}" font-size="11" text-anchor="middle">${tick}</text>`,
    );
  }
  parts.push(`<text x="${left}" y="14" font-size="12" fill="#1b7837">● high-quality MI</text>`);
  parts.push(
    `<text x="${left + 140}" y="14" font-size="12" fill="#b2182b">● low-quality MI</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${axisY + 10}" role="img" aria-label="DTA index of each AnnoMI transcript by MI quality">${parts.join('')}</svg>`;
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
