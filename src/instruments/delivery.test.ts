import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import {
  DEFAULT_SCHEDULE,
  DTA_CHECKIN,
  PHQ9,
  SRS,
  dueMeasures,
  mapAnswerText,
  parseSchedule,
  type MappedAnswer,
  type MeasureRecord,
} from './index.ts';

describe('free-text answers', () => {
  const cases: [string, MappedAnswer][] = [
    ['nearly every day', { kind: 'value', value: 3 }],
    ['Nearly every day.', { kind: 'value', value: 3 }],
    ['3', { kind: 'value', value: 3 }],
    ['three', { kind: 'value', value: 3 }],
    ['more than half the days', { kind: 'value', value: 2 }],
    ['most days I guess', { kind: 'value', value: 2 }],
    ['one or two days', { kind: 'value', value: 1 }],
    ['yes, several days', { kind: 'value', value: 1 }],
    ['not at all', { kind: 'value', value: 0 }],
    ['never', { kind: 'value', value: 0 }],
    ['every day tbh', { kind: 'value', value: 3 }],
    ['sometimes', { kind: 'ambiguous', values: [1, 2] }],
    ['not every day', { kind: 'ambiguous', values: [1, 2] }],
    ['rarely', { kind: 'ambiguous', values: [0, 1] }],
    ['a 2 or a 3', { kind: 'ambiguous', values: [2, 3] }],
    ['yes', { kind: 'ambiguous', values: [1, 2, 3] }],
    ['skip', { kind: 'skip' }],
    ["I'd rather not say", { kind: 'skip' }],
    ['stop', { kind: 'stop' }],
    ['can we stop the questions', { kind: 'stop' }],
    ['my cat knocked the plant over', { kind: 'unmapped' }],
    ['4', { kind: 'unmapped' }],
    ['', { kind: 'unmapped' }],
    ['😀😀', { kind: 'unmapped' }],
  ];
  for (const [text, expected] of cases) {
    it(`maps ${JSON.stringify(text)} on a PHQ-9 item`, () => {
      assert.deepEqual(mapAnswerText(PHQ9, 'phq9-2', text), expected);
    });
  }

  it('reads marks on a 0–10 line, ignoring the "out of 10"', () => {
    assert.deepEqual(mapAnswerText(SRS, 'srs-1', '7.5'), { kind: 'value', value: 7.5 });
    assert.deepEqual(mapAnswerText(SRS, 'srs-1', '8 out of 10'), { kind: 'value', value: 8 });
    assert.deepEqual(mapAnswerText(SRS, 'srs-1', 'ten'), { kind: 'value', value: 10 });
    assert.deepEqual(mapAnswerText(SRS, 'srs-1', '11'), { kind: 'unmapped' });
  });

  it('uses the check-in’s own words', () => {
    assert.deepEqual(mapAnswerText(DTA_CHECKIN, 'dta-bond', 'mostly'), { kind: 'value', value: 4 });
    assert.deepEqual(mapAnswerText(DTA_CHECKIN, 'dta-bond', 'yeah'), {
      kind: 'ambiguous',
      values: [4, 5],
    });
  });

  it('copes with an unknown item and a 1 MB answer', () => {
    assert.deepEqual(mapAnswerText(PHQ9, 'nope', '3'), { kind: 'unmapped' });
    assert.equal(mapAnswerText(PHQ9, 'phq9-1', 'x'.repeat(1_000_000)).kind, 'unmapped');
  });
});

describe('the schedule', () => {
  const now = new Date('2026-03-20T09:00:00Z');
  const always = () => true;
  const due = (
    history: MeasureRecord[],
    sessionNumber: number,
    phase: 'in_session' | 'session_end',
  ) =>
    dueMeasures(DEFAULT_SCHEDULE, {
      phase,
      sessionNumber,
      now,
      history,
      administrable: always,
    }).map((d) => `${d.instrument}:${d.reason}`);

  it('offers PHQ-9 and GAD-7 at intake, and the check-in at the end of each session', () => {
    assert.deepEqual(due([], 1, 'in_session'), ['phq9:intake', 'gad7:intake']);
    assert.deepEqual(due([], 1, 'session_end'), ['dta-checkin:session_end']);
  });

  it('offers them again 14 days after the last completion, not before', () => {
    const done = (at: string): MeasureRecord[] => [
      { instrument: 'phq9', at, sessionNumber: 1, outcome: 'completed' },
      { instrument: 'gad7', at, sessionNumber: 1, outcome: 'completed' },
    ];
    assert.deepEqual(due(done('2026-03-10T09:00:00Z'), 2, 'in_session'), []);
    assert.deepEqual(due(done('2026-03-06T09:00:00Z'), 2, 'in_session'), [
      'phq9:scheduled',
      'gad7:scheduled',
    ]);
  });

  it('takes a no until the interval has passed, then asks again', () => {
    const declined = (at: string): MeasureRecord[] => [
      { instrument: 'phq9', at, sessionNumber: 1, outcome: 'declined' },
    ];
    assert.deepEqual(due(declined('2026-03-20T08:00:00Z'), 1, 'in_session'), ['gad7:intake']);
    assert.deepEqual(due(declined('2026-03-12T08:00:00Z'), 2, 'in_session'), ['gad7:intake']);
    assert.deepEqual(due(declined('2026-03-05T08:00:00Z'), 2, 'in_session'), [
      'phq9:intake',
      'gad7:intake',
    ]);
  });

  it('offers the WAI-SR at session 3 and every fourth after, only when it can be asked', () => {
    const at = (session: number, administrable: (key: string) => boolean) =>
      dueMeasures(DEFAULT_SCHEDULE, {
        phase: 'in_session',
        sessionNumber: session,
        now,
        history: [
          { instrument: 'phq9', at: now.toISOString(), sessionNumber: 1, outcome: 'completed' },
          { instrument: 'gad7', at: now.toISOString(), sessionNumber: 1, outcome: 'completed' },
        ],
        administrable,
      }).map((d) => d.instrument);
    assert.deepEqual(at(3, always), ['wai-sr']);
    assert.deepEqual(at(4, always), []);
    assert.deepEqual(at(7, always), ['wai-sr']);
    assert.deepEqual(at(11, always), ['wai-sr']);
    assert.deepEqual(
      at(3, (key) => key !== 'wai-sr'),
      [],
    );
  });

  it('reads a deployer schedule and rejects a bad one naming the rule', () => {
    const keys = ['phq9', 'gad7'];
    assert.deepEqual(
      parseSchedule('[{"instrument":"phq9","when":"intake","everyDays":28}]', keys),
      [{ instrument: 'phq9', when: 'intake', everyDays: 28 }],
    );
    for (const bad of [
      'not json',
      '{}',
      '[{"instrument":"bdi","when":"intake"}]',
      '[{"instrument":"phq9","when":"weekly"}]',
      '[{"instrument":"phq9","when":"intake","everyDays":-3}]',
      `[${Array(51).fill('{"instrument":"phq9","when":"intake"}').join(',')}]`,
    ]) {
      assert.throws(
        () => parseSchedule(bad, keys),
        (error) => isAllianceError(error, 'config_invalid'),
      );
    }
  });
});
