import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { shippedRiskModel } from './learned/model.ts';
import { normalizeForSafety } from './normalize-text.ts';
import type { RiskContext } from './risk-detector.ts';
import { ruleRiskDetector } from './rule-risk-detector.ts';
import { ABOUT_OTHERS_RULES } from './rules/about-others-rules.ts';
import * as abuse from './rules/abuse-rules.ts';
import * as context from './rules/context-rules.ts';
import { CUE_RULES } from './rules/cue-rules.ts';
import * as frames from './rules/frames.ts';
import * as grammar from './rules/grammar-form-rules.ts';
import { HARM_TO_OTHERS_RULES } from './rules/harm-to-others-rules.ts';
import * as medical from './rules/medical-emergency-rules.ts';
import * as modifiers from './rules/modifier-rules.ts';
import { literalPrefilter } from './rules/prefilter.ts';
import type { RiskRule } from './rules/risk-rule.ts';
import { SELF_HARM_RULES } from './rules/self-harm-rules.ts';
import { SUICIDE_RULES } from './rules/suicide-rules.ts';
import * as voice from './rules/voice-rules.ts';
import { contextOf, parseSafetyCases, type SafetyCase } from './safety-evaluation.ts';

const root = new URL('../../', import.meta.url);

/**
 * About this many held-out and training lines are checked in each sample: checking all of them
 * (86,000 since session 14) took eight minutes, half of the whole suite.
 */
const SAMPLE = 6_000;

/** Every labelled collection the team keeps, read once; `cases*.jsonl` are the team's own. */
function readCollections(): { whole: boolean; file: string; cases: SafetyCase[] }[] {
  return ['test/safety', 'training/safety'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => {
        const file = `${dir}/${name}`;
        return {
          whole: name.startsWith('cases'),
          file,
          cases: parseSafetyCases(readFileSync(new URL(file, root), 'utf8'), file),
        };
      }),
  );
}

/**
 * The team's own evaluation collections whole, and an even sample of the held-out and training
 * lines (every k-th line of each file from line `offset`, k chosen so that about `SAMPLE` are
 * read). Different offsets give different samples, so the checks below together read more lines
 * than any one of them.
 */
function sampleOf(
  all: readonly { whole: boolean; file: string; cases: SafetyCase[] }[],
  offset: number,
): { file: string; cases: SafetyCase[] }[] {
  const total = all.filter((c) => !c.whole).reduce((sum, c) => sum + c.cases.length, 0);
  const stride = Math.max(1, Math.ceil(total / SAMPLE));
  return all.map(({ whole, file, cases }) => ({
    file,
    cases: whole ? cases : cases.filter((_, i) => i % stride === offset % stride),
  }));
}

/** Every regular expression the rule files export, loose or inside a rule. */
function rulePatterns(): RegExp[] {
  const patterns = new Set<RegExp>();
  const add = (value: unknown): void => {
    if (value instanceof RegExp) patterns.add(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object' && 'pattern' in value)
      add((value as RiskRule).pattern);
  };
  for (const module of [abuse, context, frames, grammar, medical, modifiers, voice])
    Object.values(module).forEach(add);
  [ABOUT_OTHERS_RULES, HARM_TO_OTHERS_RULES, SELF_HARM_RULES, SUICIDE_RULES].forEach(add);
  for (const rule of CUE_RULES) [...rule.all, ...(rule.none ?? [])].forEach(add);
  return [...patterns];
}

describe('the literal prefilter in the risk detector', () => {
  // One sample for each detector, a third for the patterns and the model.
  const all = readCollections();
  const samples = [0, 1, 2].map((offset) => sampleOf(all, offset));
  const messages = samples[2]!.flatMap(({ cases }) => cases);

  it('reads every collection, and a sample of thousands of messages from each', () => {
    for (const sets of samples) {
      assert.ok(sets.length >= 10, sets.map(({ file }) => file).join(' '));
      assert.ok(
        sets.every(({ cases }) => cases.length > 0),
        sets.map(({ file, cases }) => `${file} ${cases.length}`).join(' '),
      );
      const count = sets.reduce((sum, { cases }) => sum + cases.length, 0);
      assert.ok(count >= SAMPLE, `${count} messages`);
    }
    // The samples differ: together they read more than any one of them.
    const ids = new Set(
      samples.flatMap((sets) => sets.flatMap(({ cases }) => cases.map((c) => c.id))),
    );
    assert.ok(ids.size > messages.length * 1.5, `${ids.size} distinct of ${messages.length}`);
  });

  // The prefilter only skips patterns that cannot match: every assessment is what it was.
  for (const withModel of [true, false]) {
    const sets = samples[withModel ? 0 : 1]!;
    it(`changes no assessment of any message, with its context and alone (${withModel ? 'rules and model' : 'rules alone'})`, () => {
      const model = withModel ? { model: shippedRiskModel() } : {};
      const filtered = ruleRiskDetector(model);
      const unfiltered = ruleRiskDetector({ ...model, prefilter: false });
      const same = (text: string, risk: RiskContext | undefined, where: string) =>
        assert.deepEqual(filtered.assess(text, risk), unfiltered.assess(text, risk), where);
      const alone = new Set<string>();
      for (const { file, cases } of sets) {
        for (const item of cases) {
          // Without context turns a message is assessed once, alone, below.
          if (item.context.length > 0)
            same(item.text, contextOf(item), `${file} ${item.id} (with context)`);
          alone.add(item.text);
          for (const turn of item.context) alone.add(turn.text);
        }
      }
      for (const text of alone) same(text, undefined, JSON.stringify(text));
      assert.ok(alone.size >= SAMPLE, `${alone.size} texts`);
    });
  }

  it('lets every rule pattern run on every message and sentence it matches', () => {
    const patterns = rulePatterns();
    assert.ok(patterns.length >= 100, `${patterns.length} patterns`);
    const prefilter = literalPrefilter(patterns);
    const texts = new Set<string>();
    for (const item of messages) {
      const t = normalizeForSafety(item.text).text;
      texts.add(t);
      for (const sentence of t.split(/(?<=[.!?\n])/u)) texts.add(sentence);
    }
    for (const text of texts) {
      const scan = prefilter.scan(text);
      for (const pattern of patterns) {
        if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
        if (pattern.test(text))
          assert.ok(
            scan.mayMatch(pattern),
            `${JSON.stringify(text)}: ${pattern.source.slice(0, 80)}…`,
          );
      }
    }
  });

  it('gives the model the same score when the detector hands it the normalised text', () => {
    const model = shippedRiskModel();
    for (const item of messages) {
      const text = item.text.slice(0, 65_536);
      assert.deepEqual(
        model.score(text, normalizeForSafety(text).text),
        model.score(text),
        item.id,
      );
    }
  });
});
