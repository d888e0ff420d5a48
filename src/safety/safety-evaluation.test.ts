import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RiskCategory, RiskLevel } from '../core/index.ts';
import type { RiskAssessment, RiskDetector } from './risk-detector.ts';
import {
  evaluateSafety,
  parseSafetyCases,
  totalRate,
  type SafetyCase,
} from './safety-evaluation.ts';

/** A detector that answers from a table: the level it raises and whether it is unsure. */
function tableDetector(
  table: Record<string, { level: RiskLevel; category?: RiskCategory; unsure?: RiskCategory }>,
): RiskDetector {
  return {
    name: 'table',
    assess(text: string): RiskAssessment {
      const row = table[text] ?? { level: 'none' };
      const category = row.category ?? 'suicide';
      return {
        level: row.level,
        categories: row.level === 'none' ? [] : [category],
        evidence: [],
        aboutOthers: [],
        assessable: true,
        ...(row.unsure ? { unsure: { category: row.unsure, probability: 0.4 } } : {}),
        detector: 'table',
      };
    },
  };
}

const item = (id: string, text: string, fields: Partial<SafetyCase>): SafetyCase => ({
  id,
  text,
  category: null,
  level: 'none',
  kind: 'everyday',
  context: [],
  about_others: false,
  unassessable: false,
  ...fields,
});

describe('evaluateSafety', () => {
  const cases = [
    item('r1', 'raised', { category: 'suicide', level: 'high', kind: 'explicit' }),
    item('r2', 'asked', { category: 'self_harm', level: 'moderate', kind: 'indirect' }),
    item('r3', 'missed', { category: 'abuse', level: 'imminent', kind: 'indirect' }),
    item('r4', 'asked the wrong thing', { category: 'abuse', level: 'high', kind: 'indirect' }),
    item('c1', 'figure of speech', { kind: 'figurative' }),
    item('c2', 'asked about a film', { kind: 'fiction_news' }),
    item('c3', 'alarm on a joke', { kind: 'figurative' }),
  ];
  const detector = tableDetector({
    raised: { level: 'high' },
    asked: { level: 'none', unsure: 'self_harm' },
    'asked the wrong thing': { level: 'none', unsure: 'suicide' },
    'asked about a film': { level: 'none', unsure: 'suicide' },
    'alarm on a joke': { level: 'moderate', unsure: 'suicide' },
  });
  const report = evaluateSafety(detector, cases);

  it('counts alarms, and alarms or direct questions about the right risk, on the risk messages', () => {
    assert.deepEqual(report.alarmRecall, { hits: 1, total: 4, rate: 1 / 4 });
    assert.deepEqual(report.alarmOrAsked, { hits: 2, total: 4, rate: 2 / 4 });
    assert.deepEqual(report.explicitRecall, { hits: 1, total: 1, rate: 1 });
    assert.deepEqual(report.imminentRecall, { hits: 0, total: 1, rate: 0 });
  });

  it('counts a question on a confounder only where no alarm was raised', () => {
    assert.deepEqual(report.falseAlarmOverall, { hits: 1, total: 3, rate: 1 / 3 });
    assert.deepEqual(report.askedOnConfounders, { hits: 1, total: 3, rate: 1 / 3 });
  });

  it('lists each miss with what was asked', () => {
    const asked = report.misses.find((miss) => miss.id === 'r2');
    assert.equal(asked?.got, 'none (asked: self_harm)');
    assert.equal(report.misses.find((miss) => miss.id === 'r3')?.got, 'none');
    assert.deepEqual(
      report.misses.map((miss) => miss.id),
      ['r2', 'r3', 'r4', 'c3'],
    );
  });

  it('sums rates over collections, and gives 0 for none', () => {
    assert.deepEqual(totalRate([report.alarmRecall, report.alarmOrAsked]), {
      hits: 3,
      total: 8,
      rate: 3 / 8,
    });
    assert.deepEqual(totalRate([]), { hits: 0, total: 0, rate: 0 });
  });

  it('names the line of a malformed collection', () => {
    const good = '{"id":"a","text":"hi","level":"none","kind":"everyday"}';
    assert.equal(parseSafetyCases(`${good}\n\n`, 'ok.jsonl').length, 1);
    assert.throws(
      () => parseSafetyCases(`${good}\nnot json\n`, 'broken.jsonl'),
      /broken\.jsonl line 2: not valid JSON/u,
    );
    assert.throws(
      () => parseSafetyCases('{"id":"a"}', 'thin.jsonl'),
      /thin\.jsonl line 1: needs text, level and kind/u,
    );
  });
});
