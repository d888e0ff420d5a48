import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AllianceError } from '../core/index.ts';
import { GAD7, PHQ9, WAI_SR } from './builtin.ts';
import type { InstrumentDefinition } from './definition.ts';
import { choiceItem } from './definitions/builders.ts';
import {
  classifyChange,
  cronbachAlpha,
  instrumentAlpha,
  reliableChangeIndex,
} from './psychometrics.ts';

const close = (actual: number | null, expected: number, digits = 9) => {
  assert.notEqual(actual, null);
  assert.ok(
    Math.abs(actual! - expected) < 10 ** -digits,
    `expected ${expected}, got ${String(actual)}`,
  );
};

/**
 * Four respondents, three items:
 *   item 1: 1 2 3 4  mean 2.5  squares 2.25+0.25+0.25+2.25 = 5  variance 5/3
 *   item 2: 2 2 4 4  mean 3    squares 1+1+1+1 = 4              variance 4/3
 *   item 3: 2 3 3 4  mean 3    squares 1+0+0+1 = 2              variance 2/3
 *   totals: 5 7 10 12 mean 8.5 squares 12.25+2.25+2.25+12.25 = 29 variance 29/3
 *   alpha = 3/2 · (1 − (11/3)/(29/3)) = 3/2 · 18/29 = 27/29 ≈ 0.931034
 */
const MATRIX = [
  [1, 2, 2],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 4],
];

const FIVE_POINT = [1, 2, 3, 4, 5].map((value) => ({ value, code: String(value) }));
/** Three 1–5 items, the third reverse-keyed (min + max − answer = 6 − answer). */
const TRIO: InstrumentDefinition = {
  ...WAI_SR,
  key: 'trio',
  name: 'Trio',
  questionnaire: {
    ...WAI_SR.questionnaire,
    url: 'urn:test:trio',
    item: ['t1', 't2', 't3'].map((linkId) => choiceItem({ linkId, options: FIVE_POINT })),
  },
  scoring: { ...WAI_SR.scoring, items: ['t1', 't2', 't3'], reverse: ['t3'], subscales: [] },
  change: undefined,
};
/** The matrix above with item 3 written as raw answers: 6 − (2, 3, 3, 4) = 4, 3, 3, 2. */
const TRIO_RESPONSES = MATRIX.map(([t1, t2, t3]) => ({ t1, t2, t3: 6 - t3! }));

describe('Cronbach alpha', () => {
  it('matches the hand-computed value of 27/29', () => {
    const result = cronbachAlpha(MATRIX);
    close(result.alpha, 27 / 29);
    assert.equal(result.respondents, 4);
    assert.equal(result.items, 3);
    assert.equal(result.reason, undefined);
  });

  it('uses complete rows only', () => {
    const result = cronbachAlpha([...MATRIX, [5, null, 1], [null, null, null]]);
    close(result.alpha, 27 / 29);
    assert.equal(result.respondents, 4);
  });

  it('is null with a reason for fewer than 2 items, fewer than 2 complete rows, or no variance', () => {
    const oneItem = cronbachAlpha([[1], [2], [3]]);
    assert.equal(oneItem.alpha, null);
    assert.match(oneItem.reason!, /2 items/);
    const oneRow = cronbachAlpha([
      [1, 2],
      [3, null],
    ]);
    assert.equal(oneRow.alpha, null);
    assert.equal(oneRow.respondents, 1);
    assert.match(oneRow.reason!, /2 complete rows/);
    const flat = cronbachAlpha([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
    assert.equal(flat.alpha, null);
    assert.match(flat.reason!, /same total/);
    assert.deepEqual(cronbachAlpha([]), {
      alpha: null,
      respondents: 0,
      items: 0,
      reason: 'Alpha needs at least 2 items.',
    });
  });

  it('refuses ragged rows and non-numbers, naming the row', () => {
    assert.throws(
      () => cronbachAlpha([[1, 2], [1]]),
      (error: unknown) => error instanceof AllianceError && /Row 2/.test(error.message),
    );
    assert.throws(
      () =>
        cronbachAlpha([
          [1, 2],
          [1, Number.NaN],
        ]),
      (error: unknown) => error instanceof AllianceError && /Row 2, item 2/.test(error.message),
    );
  });

  it('honours reverse keys on an instrument', () => {
    close(instrumentAlpha(TRIO, TRIO_RESPONSES).alpha, 27 / 29);
    const unkeyed = instrumentAlpha({ ...TRIO, scoring: { ...TRIO.scoring, reverse: [] } }, [
      ...TRIO_RESPONSES,
    ]);
    assert.ok(unkeyed.alpha! < 0.5, `unkeyed alpha ${unkeyed.alpha} should be low`);
  });

  it('leaves out responses with a missing scored item and checks the answers', () => {
    const result = instrumentAlpha(TRIO, [...TRIO_RESPONSES, { t1: 5, t2: null, t3: 1 }, {}]);
    close(result.alpha, 27 / 29);
    assert.equal(result.respondents, 4);
    assert.throws(
      () => instrumentAlpha(TRIO, [{ t1: 9, t2: 1, t3: 1 }]),
      (error: unknown) => error instanceof AllianceError && error.code === 'answer_invalid',
    );
  });
});

describe('reliable change index', () => {
  it('matches a worked example: 20 → 12, SD 5, r .84 gives −2√2', () => {
    // S_diff = √2 · 5 · √(1 − .84) = √2 · 5 · 0.4 = 2√2; RCI = −8 / 2√2 = −2√2 ≈ −2.828.
    close(
      reliableChangeIndex({ before: 20, after: 12, sd: 5, reliability: 0.84 }),
      -2 * Math.SQRT2,
    );
  });

  it('refuses an SD that is not above 0 and a reliability outside [0, 1)', () => {
    const usage = (pattern: RegExp) => (error: unknown) =>
      error instanceof AllianceError && error.code === 'usage' && pattern.test(error.message);
    const base = { before: 10, after: 5, sd: 5, reliability: 0.8 };
    assert.throws(() => reliableChangeIndex({ ...base, sd: 0 }), usage(/standard deviation/));
    assert.throws(() => reliableChangeIndex({ ...base, sd: -1 }), usage(/standard deviation/));
    assert.throws(() => reliableChangeIndex({ ...base, reliability: 1 }), usage(/reliability/));
    assert.throws(() => reliableChangeIndex({ ...base, reliability: -0.1 }), usage(/reliability/));
    assert.throws(() => reliableChangeIndex({ ...base, before: Number.NaN }), usage(/before/));
  });
});

describe('classifying change', () => {
  it('PHQ-9 18 → 8 is improved and clinically significant', () => {
    const result = classifyChange(PHQ9, 18, 8);
    assert.equal(result.change, -10);
    assert.equal(result.method, 'published-threshold');
    assert.equal(result.rci, null);
    assert.equal(result.threshold, 6);
    assert.equal(result.direction, 'improved');
    assert.equal(result.crossedCutoff, true);
    assert.equal(result.clinicallySignificant, true);
    assert.ok(result.sources.some((source) => source.includes('Jacobson NS, Truax P')));
  });

  it('PHQ-9 12 → 9 crosses the cut-off but a change of 3 is not reliable', () => {
    const result = classifyChange(PHQ9, 12, 9);
    assert.equal(result.change, -3);
    assert.equal(result.direction, 'no_reliable_change');
    assert.equal(result.crossedCutoff, true);
    assert.equal(result.clinicallySignificant, false);
  });

  it('PHQ-9 7 → 14 is deteriorated', () => {
    const result = classifyChange(PHQ9, 7, 14);
    assert.equal(result.change, 7);
    assert.equal(result.direction, 'deteriorated');
    assert.equal(result.clinicallySignificant, false);
  });

  it('PHQ-9 16 → 10 improves reliably but stays in the clinical range', () => {
    const result = classifyChange(PHQ9, 16, 10);
    assert.equal(result.direction, 'improved');
    assert.equal(result.crossedCutoff, false);
    assert.equal(result.clinicallySignificant, false);
  });

  it('with a cohort SD uses the Jacobson–Truax index on the published reliability', () => {
    // SD 5, r .84: S_diff = 2√2 ≈ 2.828, threshold 1.96 · 2√2 ≈ 5.544; 18 → 8 gives RCI ≈ −3.54.
    const result = classifyChange(PHQ9, 18, 8, { cohortSd: 5 });
    assert.equal(result.method, 'jacobson-truax');
    close(result.rci, -10 / (2 * Math.SQRT2));
    close(result.threshold, 1.96 * 2 * Math.SQRT2);
    assert.equal(result.direction, 'improved');
    assert.equal(result.clinicallySignificant, true);
    assert.ok(result.sources.some((source) => source.startsWith('Reliability 0.84')));
  });

  it('a wide cohort SD can make a published-reliable change unreliable', () => {
    // SD 8, r .84: S_diff = √2 · 8 · 0.4 ≈ 4.525; 18 → 11 gives RCI ≈ −1.55, under 1.96.
    assert.equal(classifyChange(PHQ9, 18, 11).direction, 'improved');
    const result = classifyChange(PHQ9, 18, 11, { cohortSd: 8 });
    close(result.rci, -7 / (Math.SQRT2 * 8 * 0.4));
    assert.equal(result.direction, 'no_reliable_change');
    assert.throws(
      () => classifyChange(PHQ9, 18, 11, { cohortSd: 0 }),
      (error: unknown) => error instanceof AllianceError && error.code === 'usage',
    );
  });

  it('GAD-7 uses its own thresholds: 4 points and a cut-off of 8', () => {
    const boundary = classifyChange(GAD7, 9, 5);
    assert.equal(boundary.threshold, 4);
    assert.equal(boundary.direction, 'improved');
    assert.equal(boundary.clinicallySignificant, true);
    assert.equal(classifyChange(GAD7, 10, 7).direction, 'no_reliable_change');
    const belowCutoff = classifyChange(GAD7, 7, 2);
    assert.equal(belowCutoff.direction, 'improved');
    assert.equal(belowCutoff.clinicallySignificant, false);
    assert.equal(classifyChange(GAD7, 4, 8).direction, 'deteriorated');
  });

  it('mirrors the rules for an instrument on which improvement is an increase', () => {
    const rising: InstrumentDefinition = {
      ...PHQ9,
      change: { ...PHQ9.change!, improvement: 'increase' },
    };
    const result = classifyChange(rising, 8, 18);
    assert.equal(result.direction, 'improved');
    assert.equal(result.clinicallySignificant, true);
    assert.equal(classifyChange(rising, 18, 8).direction, 'deteriorated');
  });

  it('refuses an instrument without change criteria and totals out of range', () => {
    assert.throws(
      () => classifyChange(WAI_SR, 3, 4),
      (error: unknown) =>
        error instanceof AllianceError &&
        error.code === 'usage' &&
        /WAI-SR has no published criteria/.test(error.message),
    );
    assert.throws(
      () => classifyChange(PHQ9, 28, 4),
      (error: unknown) =>
        error instanceof AllianceError && /before score 28 is outside/.test(error.message),
    );
  });
});
