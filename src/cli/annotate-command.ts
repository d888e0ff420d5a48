import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { AllianceError } from '../core/index.ts';
import { parseUtterance, type Utterance } from '../research/index.ts';
import { ruleRiskDetector, shippedRiskModel, type RiskContext } from '../safety/index.ts';
import type { CliIo } from './cli-io.ts';
import { defaultAnnotator } from '../nlu/index.ts';
import { readLines } from './line-reader.ts';

/** Longest input line `alliance annotate` reads: a long therapist monologue fits, a pasted book does not. */
export const ANNOTATE_MAX_LINE_BYTES = 1024 * 1024;
const RECENT_CLIENT_TEXTS = 5;

/**
 * `alliance annotate`: JSON Lines of utterances in, one JSON line of annotations out per
 * utterance (the contract in DESIGN.md). Every utterance gets `risk` from the same detector the
 * live agent uses, with the conversation so far as context (the previous agent or therapist turn,
 * and the client's recent turns). A malformed line is reported on stderr with its number and the
 * exit code is 1; the other lines are still annotated, in order.
 */
export async function annotateCommand(
  options: { in?: string; out?: string },
  io: CliIo,
): Promise<number> {
  if (options.in && !existsSync(options.in)) {
    throw new AllianceError(
      'usage',
      `There is no input file ${options.in}.`,
      'Pass --in with a JSON Lines file, or pipe the lines in.',
    );
  }
  const input = options.in ? createReadStream(options.in) : io.input;
  const output = options.out ? createWriteStream(options.out, { encoding: 'utf8' }) : undefined;
  const write = async (line: string) => {
    if (!output) return io.out(line);
    if (!output.write(`${line}\n`)) await once(output, 'drain');
  };
  const detector = ruleRiskDetector({ model: shippedRiskModel() });
  const conversations = new Map<
    string,
    { lastOther?: string; recentClient: string[]; lastTurn?: { speaker: string; text: string } }
  >();
  const annotator = defaultAnnotator();
  let errors = 0;
  try {
    for await (const line of readLines(input, ANNOTATE_MAX_LINE_BYTES)) {
      if (line.text.trim() === '' && !line.error) continue;
      let utterance: Utterance;
      try {
        if (line.error) throw line.error;
        utterance = parseUtterance(line.text);
      } catch (error) {
        errors += 1;
        const message = error instanceof AllianceError ? error.toLine() : (error as Error).message;
        io.error(`alliance: line ${line.number}: ${message.replace(/^Line \d+ /u, 'The line ')}`);
        continue;
      }
      const key = utterance.conversation ?? '';
      const history = conversations.get(key) ?? { recentClient: [] };
      conversations.set(key, history);
      const previous = utterance.context ?? history.lastOther;
      const context: RiskContext = {
        ...(previous ? { previousAgentText: previous } : {}),
        recentClientTexts: utterance.speaker === 'client' ? history.recentClient : [],
      };
      const risk = detector.assess(utterance.text, context);
      // The nlu models read each utterance against the turn before it (or its given context).
      const before =
        utterance.context !== undefined
          ? {
              speaker: utterance.speaker === 'client' ? 'agent' : 'client',
              text: utterance.context,
            }
          : history.lastTurn;
      const signals = annotator.annotate(
        utterance.speaker,
        utterance.text,
        before,
        history.lastOther,
      );
      history.lastTurn = { speaker: utterance.speaker, text: utterance.text };
      if (utterance.speaker === 'client') {
        history.recentClient = [...history.recentClient, utterance.text].slice(
          -RECENT_CLIENT_TEXTS,
        );
      } else {
        history.lastOther = utterance.text;
      }
      await write(
        JSON.stringify({
          id: utterance.id,
          risk: { level: risk.level, categories: risk.categories },
          risk_evidence: risk.evidence.map(({ category, level, rule, start, end }) => ({
            category,
            level,
            rule,
            start,
            end,
          })),
          risk_about_others: risk.aboutOthers.map(({ category, level, rule, start, end }) => ({
            category,
            level,
            rule,
            start,
            end,
          })),
          risk_assessable: risk.assessable,
          ...(signals.empathy ? { empathy: signals.empathy } : {}),
          ...(signals.behaviour
            ? {
                behaviour: signals.behaviour.behaviour,
                ...(signals.behaviour.reflection
                  ? { reflection_type: signals.behaviour.reflection }
                  : {}),
                ...(signals.behaviour.question
                  ? { question_type: signals.behaviour.question }
                  : {}),
              }
            : {}),
          ...(signals.talkType ? { talk_type: signals.talkType } : {}),
          ...(signals.markers ? { alliance_markers: signals.markers } : {}),
        }),
      );
    }
  } finally {
    if (output) {
      output.end();
      await once(output, 'finish');
    }
  }
  if (errors > 0)
    io.error(
      `alliance: ${errors} line${errors === 1 ? '' : 's'} could not be annotated (see above).`,
    );
  return errors > 0 ? 1 : 0;
}
