import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import {
  BUILTIN_INSTRUMENTS,
  DTA_CHECKIN,
  GAD2,
  GAD7,
  PHQ2,
  PHQ9,
  SRS,
  WAI_SR,
  answerableItems,
  itemScale,
  scoreResponse,
  type InstrumentDefinition,
} from './index.ts';
import { choiceItem } from './definitions/builders.ts';

/** Answers in item order, as a record by linkId. */
function answers(definition: InstrumentDefinition, values: (number | null)[]) {
  const items = answerableItems(definition);
  assert.equal(values.length, items.length, `${definition.key} takes ${items.length} answers`);
  return Object.fromEntries(items.map((item, i) => [item.linkId, values[i] ?? null]));
}

/** Spreads a total over the items, as evenly as the 0–3 scale allows. */
function spread(definition: InstrumentDefinition, total: number) {
  const count = answerableItems(definition).length;
  return Array.from({ length: count }, (_, i) => Math.min(3, Math.max(0, total - 3 * i)));
}

describe('definitions', () => {
  it('every definition is a FHIR Questionnaire with a canonical URL, a version and linkIds', () => {
    for (const definition of BUILTIN_INSTRUMENTS) {
      const q = definition.questionnaire;
      assert.equal(q.resourceType, 'Questionnaire');
      assert.match(q.url, /^(https?:|urn:)/u);
      assert.ok(q.version);
      const ids = q.item.map((item) => item.linkId);
      assert.equal(new Set(ids).size, ids.length, `${definition.key}: linkIds are unique`);
      for (const id of definition.scoring.items) assert.ok(ids.includes(id), id);
      assert.ok(definition.sources.length > 0, `${definition.key} cites its source`);
      assert.ok(definition.licence.statement);
      for (const item of answerableItems(definition)) itemScale(item);
    }
  });

  it('ships the wording of free instruments and none of the licensed ones', () => {
    for (const definition of [PHQ9, GAD7, PHQ2, GAD2, DTA_CHECKIN]) {
      assert.ok(answerableItems(definition).every((item) => item.text));
    }
    for (const definition of [WAI_SR, SRS]) {
      assert.equal(definition.wording, 'deployer');
      for (const item of answerableItems(definition)) {
        assert.equal(item.text, undefined);
        for (const option of item.answerOption ?? [])
          assert.equal(option.valueCoding?.display, undefined);
      }
    }
  });

  it('labels the DTA check-in as not validated', () => {
    assert.equal(DTA_CHECKIN.validated, false);
    assert.match(DTA_CHECKIN.preamble ?? '', /not a validated questionnaire/);
    assert.match(DTA_CHECKIN.questionnaire.title ?? '', /not validated/);
  });
});

describe('PHQ-9 (Kroenke et al. 2001)', () => {
  it('scores the issue example 0,1,2,3,0,1,2,3,1 as 13, moderate, with the item 9 flag', () => {
    const score = scoreResponse(PHQ9, answers(PHQ9, [0, 1, 2, 3, 0, 1, 2, 3, 1]));
    assert.equal(score.total, 13);
    assert.deepEqual(score.range, { min: 0, max: 27 });
    assert.equal(score.band?.code, 'moderate');
    assert.deepEqual(
      score.flags.map((f) => [f.code, f.item, f.handover]),
      [['self_harm_thoughts', 'phq9-9', 'safety_protocol']],
    );
    assert.equal(score.complete, true);
  });

  it('reproduces the published bands 0–4, 5–9, 10–14, 15–19, 20–27 at every boundary', () => {
    const expected: [number, string][] = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'moderately_severe'],
      [19, 'moderately_severe'],
      [20, 'severe'],
      [27, 'severe'],
    ];
    for (const [total, band] of expected) {
      const values = spread(PHQ9, total);
      const score = scoreResponse(PHQ9, answers(PHQ9, values));
      assert.equal(score.total, total);
      assert.equal(score.band?.code, band, `total ${total}`);
    }
  });

  it('raises the item 9 flag for any answer above 0, and not for 0', () => {
    for (const value of [1, 2, 3]) {
      const score = scoreResponse(PHQ9, answers(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, value]));
      assert.equal(score.flags.length, 1);
    }
    const none = scoreResponse(PHQ9, answers(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]));
    assert.equal(none.flags.length, 0);
    assert.equal(none.total, 24);
  });

  it('prorates one or two missing items (NHS Data Dictionary) and refuses to score three', () => {
    const one = scoreResponse(PHQ9, answers(PHQ9, [2, 2, 2, 2, null, 2, 2, 2, 0]));
    // 14 over 8 answered items, × 9 = 15.75, reported as 16.
    assert.equal(one.total, 16);
    assert.equal(one.prorated, true);
    assert.deepEqual(one.missing, ['phq9-5']);
    const two = scoreResponse(PHQ9, answers(PHQ9, [1, 1, null, 1, null, 1, 1, 1, 1]));
    assert.equal(two.total, 9);
    const three = scoreResponse(PHQ9, answers(PHQ9, [1, null, null, 1, null, 1, 1, 1, 1]));
    assert.equal(three.total, null);
    assert.equal(three.band, null);
    assert.equal(three.answered, 6);
    assert.equal(three.complete, false);
  });

  it('keeps the item 9 flag on a partial response', () => {
    const partial = scoreResponse(PHQ9, { 'phq9-9': 2 });
    assert.equal(partial.total, null);
    assert.equal(partial.flags[0]?.code, 'self_harm_thoughts');
  });
});

describe('GAD-7 (Spitzer et al. 2006), PHQ-2 and GAD-2', () => {
  it('reproduces the GAD-7 cut-points 5, 10 and 15', () => {
    const expected: [number, string][] = [
      [0, 'minimal'],
      [4, 'minimal'],
      [5, 'mild'],
      [9, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
      [15, 'severe'],
      [21, 'severe'],
    ];
    for (const [total, band] of expected) {
      const score = scoreResponse(GAD7, answers(GAD7, spread(GAD7, total)));
      assert.equal(score.total, total);
      assert.equal(score.band?.code, band, `total ${total}`);
    }
  });

  it('needs every GAD-7 item', () => {
    assert.equal(scoreResponse(GAD7, answers(GAD7, [1, 1, 1, 1, 1, 1, null])).total, null);
  });

  it('screens PHQ-2 and GAD-2 positive at 3 or more', () => {
    for (const definition of [PHQ2, GAD2]) {
      assert.equal(scoreResponse(definition, answers(definition, [1, 1])).band?.code, 'negative');
      assert.equal(scoreResponse(definition, answers(definition, [2, 1])).band?.code, 'positive');
      assert.equal(scoreResponse(definition, answers(definition, [3, 3])).total, 6);
    }
  });
});

describe('WAI-SR (Hatcher & Gillaspy 2006)', () => {
  it('reports the total and the Goal, Task and Bond subscales as item means', () => {
    // Goal items 4, 6, 8, 11; Task 1, 2, 10, 12; Bond 3, 5, 7, 9.
    const values = [3, 3, 5, 2, 5, 2, 5, 2, 5, 3, 2, 3];
    const score = scoreResponse(WAI_SR, answers(WAI_SR, values));
    assert.equal(score.total, 3.33);
    assert.deepEqual(
      score.subscales.map((s) => [s.key, s.score]),
      [
        ['goal', 2],
        ['task', 3],
        ['bond', 5],
      ],
    );
    assert.deepEqual(score.range, { min: 1, max: 5 });
  });

  it('can be scored without its licensed wording, and rejects 0 and 6', () => {
    assert.equal(scoreResponse(WAI_SR, answers(WAI_SR, Array(12).fill(4))).total, 4);
    for (const bad of [0, 6, 2.5]) {
      assert.throws(
        () => scoreResponse(WAI_SR, { 'wai-sr-7': bad }),
        (error) => isAllianceError(error, 'answer_invalid') && /wai-sr-7/.test(error.message),
      );
    }
  });
});

describe('SRS (Duncan et al. 2003)', () => {
  it('totals four 0–10 marks and flags 36 or below as an alliance concern', () => {
    const at = scoreResponse(SRS, answers(SRS, [9, 9, 9, 9]));
    assert.equal(at.total, 36);
    assert.deepEqual(
      at.flags.map((f) => f.code),
      ['alliance_concern'],
    );
    const above = scoreResponse(SRS, answers(SRS, [9.5, 9, 9, 9]));
    assert.equal(above.total, 36.5);
    assert.equal(above.flags.length, 0);
    assert.deepEqual(scoreResponse(SRS, answers(SRS, [10, 10, 10, 10])).range, {
      min: 0,
      max: 40,
    });
    assert.deepEqual(
      above.subscales.map((s) => s.key),
      ['relationship', 'goals', 'approach', 'overall'],
    );
  });

  it('rejects marks outside 0–10 naming the item', () => {
    assert.throws(
      () => scoreResponse(SRS, { 'srs-3': 10.5 }),
      (error) => isAllianceError(error, 'answer_invalid') && /srs-3/.test(error.message),
    );
  });
});

describe('the generic scorer', () => {
  it('rejects unknown items and out-of-range answers with a message naming the item', () => {
    assert.throws(
      () => scoreResponse(PHQ9, { 'phq9-10': 1 }),
      (error) => isAllianceError(error, 'answer_invalid') && /phq9-10/.test(error.message),
    );
    assert.throws(
      () => scoreResponse(PHQ9, { 'phq9-10': null }),
      (error) => isAllianceError(error, 'answer_invalid'),
    );
    for (const bad of [4, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(
        () => scoreResponse(PHQ9, { 'phq9-4': bad }),
        (error) => isAllianceError(error, 'answer_invalid') && /phq9-4/.test(error.message),
      );
    }
  });

  it('applies reverse keys from the definition, with no code for the instrument', () => {
    const options = [1, 2, 3, 4].map((value) => ({ value, code: String(value) }));
    const custom: InstrumentDefinition = {
      ...DTA_CHECKIN,
      key: 'custom',
      name: 'Custom',
      questionnaire: {
        ...DTA_CHECKIN.questionnaire,
        item: ['a', 'b', 'c'].map((linkId) => choiceItem({ linkId, text: linkId, options })),
      },
      scoring: {
        ...DTA_CHECKIN.scoring,
        method: 'sum',
        items: ['a', 'b', 'c'],
        reverse: ['b'],
        missing: { rule: 'complete' },
        subscales: [],
        precision: 0,
      },
    };
    // b = 1 is reversed to 4: 4 + 4 + 4.
    assert.equal(scoreResponse(custom, { a: 4, b: 1, c: 4 }).total, 12);
  });

  it('scores the DTA check-in as the mean of at least three answered items', () => {
    const full = scoreResponse(DTA_CHECKIN, answers(DTA_CHECKIN, [4, 5, 5, 2]));
    assert.equal(full.total, 4);
    const three = scoreResponse(DTA_CHECKIN, answers(DTA_CHECKIN, [4, null, 5, 3]));
    assert.equal(three.total, 4);
    assert.equal(three.prorated, true);
    assert.equal(scoreResponse(DTA_CHECKIN, answers(DTA_CHECKIN, [4, null, null, 3])).total, null);
    assert.equal(full.validated, false);
  });
});
