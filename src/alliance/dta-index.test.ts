import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeDtaIndex, type UtteranceSignals } from './index.ts';

const agent = (
  id: number,
  text: string,
  extra: Partial<UtteranceSignals> = {},
): UtteranceSignals => ({
  id,
  speaker: 'agent',
  text,
  ...extra,
});
const client = (
  id: number,
  text: string,
  extra: Partial<UtteranceSignals> = {},
): UtteranceSignals => ({
  id,
  speaker: 'client',
  text,
  ...extra,
});

describe('the DTA index', () => {
  it('sits at 50 on every dimension without evidence', () => {
    const report = computeDtaIndex([]);
    assert.deepEqual(report.dta, { goal: 50, task: 50, bond: 50, engagement: 50, overall: 50 });
    assert.deepEqual(report.ruptures, []);
  });

  it('moves each dimension with its evidence and keeps the reason and the words', () => {
    const report = computeDtaIndex([
      agent(1, 'So the goal is sleeping through the night. Does that sound right?', {
        behaviour: { behaviour: 'question', question: 'closed' },
      }),
      client(2, "Yes, that's exactly what I want to work on", {
        markers: ['goal_agree'],
        talkType: 'change',
      }),
      agent(3, 'It sounds like the nights have become something you dread.', {
        behaviour: { behaviour: 'reflection', reflection: 'complex' },
        empathy: { emotional_reactions: 1, interpretations: 2, explorations: 0 },
      }),
      client(4, 'Thank you, you really get it, nobody else does', { markers: ['bond'] }),
      agent(5, 'Would you try writing down the worries an hour before bed?'),
      client(6, "OK I'll try it tonight and tell you how it went", { markers: ['task_agree'] }),
    ]);
    assert.ok(report.dta.goal > 60, JSON.stringify(report.dta));
    assert.ok(report.dta.task > 60);
    assert.ok(report.dta.bond > 70);
    assert.ok(report.dta.engagement > 55);
    assert.equal(
      report.dta.overall,
      Math.round(
        ((report.dta.goal + report.dta.task + report.dta.bond + report.dta.engagement) / 4) * 10,
      ) / 10,
    );
    const bond = report.evidence.filter((e) => e.dimension === 'bond');
    assert.deepEqual(
      bond.map((e) => [e.utterance, e.reason]),
      [
        [3, 'a complex reflection: meaning or feeling beyond the words'],
        [3, 'empathy (3 of 6)'],
        [4, 'gratitude, trust or feeling understood'],
      ],
    );
    assert.equal(bond[2]!.span.text, 'Thank you, you really get it, nobody else does');
    assert.equal(report.perTurn.length, 6);
    assert.equal(report.perTurn[0]!.dta.bond, 50);
  });

  it('opens ruptures on withdrawal and confrontation and records how they were repaired', () => {
    const report = computeDtaIndex([
      agent(1, 'How did the week go?', { behaviour: { behaviour: 'question', question: 'open' } }),
      client(2, 'whatever', { markers: ['withdrawal'] }),
      agent(3, 'It sounds like this week was a lot.', {
        behaviour: { behaviour: 'reflection', reflection: 'complex' },
      }),
      client(4, 'yeah it was, my manager moved the deadline again and I stayed up all night'),
      agent(5, 'You should try a to-do list.', { behaviour: { behaviour: 'therapist_input' } }),
      client(6, "this is useless, you're not listening to me", { markers: ['confrontation'] }),
      agent(7, 'You are right, I jumped to advice.', { behaviour: { behaviour: 'other' } }),
      client(8, 'ok', {}),
    ]);
    assert.deepEqual(
      report.ruptures.map((r) => [r.kind, r.start, r.repaired, r.repair?.how]),
      [
        ['withdrawal', 2, true, 'agent_acknowledged'],
        ['confrontation', 6, false, undefined],
      ],
    );
    assert.ok(report.dta.bond < 50);
    assert.ok(report.evidence.some((e) => e.reason === 'information or advice not asked for'));
  });

  it('counts advice as Persuade only when it was neither asked for nor given with leave', () => {
    const advice = (id: number) =>
      agent(id, 'Many people find a wind-down hour helps.', {
        behaviour: { behaviour: 'therapist_input' },
      });
    const question = (id: number, text: string) =>
      agent(id, text, { behaviour: { behaviour: 'question', question: 'closed' } });
    const unasked = (signals: UtteranceSignals[]) =>
      computeDtaIndex(signals).evidence.filter(
        (e) => e.reason === 'information or advice not asked for',
      ).length;
    // The person asked: welcome.
    assert.equal(unasked([client(1, 'What can I do about the late nights?'), advice(2)]), 0);
    // The helper asked leave and the person agreed: welcome.
    const leave = 'Would it be okay if I shared something that helps some people?';
    assert.equal(unasked([question(1, leave), client(2, 'sure'), advice(3)]), 0);
    assert.equal(
      unasked([question(1, 'Would you like to try a short exercise?'), client(2, 'ok'), advice(3)]),
      0,
    );
    // Leave asked but declined, or a question that asks no leave, or none at all: Persuade.
    assert.equal(
      unasked([
        question(1, leave),
        client(2, "no, I'd rather not", { markers: ['task_refuse'] }),
        advice(3),
      ]),
      1,
    );
    assert.equal(
      unasked([question(1, 'How many nights a week?'), client(2, 'most of them'), advice(3)]),
      1,
    );
    assert.equal(unasked([client(1, 'I stay up too late.'), advice(2)]), 1);
    // A question the person asked before the helper's last turn does not carry over.
    assert.equal(
      unasked([client(1, 'Why?'), question(2, 'How many nights?'), client(3, 'most'), advice(4)]),
      1,
    );
  });

  it('does not read a short answer to a closed question as disengagement', () => {
    const report = computeDtaIndex([
      agent(1, '(1 of 9) How often have you been bothered by…?', {
        behaviour: { behaviour: 'question', question: 'closed' },
      }),
      client(2, '2', { markers: ['withdrawal'] }),
    ]);
    assert.equal(report.dta.engagement, 50);
    assert.deepEqual(report.ruptures, []);
  });

  it('reads a short reply to a reflection as assent, not as a minimal reply', () => {
    const afterReflection = computeDtaIndex([
      agent(1, 'So the drinking is how you switch off after work.', {
        behaviour: { behaviour: 'reflection', reflection: 'simple' },
      }),
      client(2, 'Yeah.'),
    ]);
    assert.equal(afterReflection.dta.engagement, 50);
    assert.deepEqual(afterReflection.ruptures, []);
    const afterOpenQuestion = computeDtaIndex([
      agent(1, 'What would you like to be different?', {
        behaviour: { behaviour: 'question', question: 'open' },
      }),
      client(2, 'Yeah.'),
    ]);
    assert.ok(afterOpenQuestion.dta.engagement < 50);
  });

  it('reads the task from the share of directing turns, not from their number', () => {
    // A helper who reflects and asks, and now and then tells, against one who mostly tells.
    const session = (pattern: string, repeat: number) =>
      computeDtaIndex(
        Array.from({ length: repeat }, () => [...pattern])
          .flat()
          .flatMap((kind, i): UtteranceSignals[] => [
            kind === 'r'
              ? agent(2 * i, 'So the evenings are the hard part.', {
                  behaviour: { behaviour: 'reflection', reflection: 'simple' },
                })
              : agent(2 * i, 'You should cut down before bed.', {
                  behaviour: { behaviour: 'therapist_input' },
                }),
            client(2 * i + 1, 'I suppose the evenings are when it gets worse for me.'),
          ]),
      ).dta.task;
    const reflective = [session('rrrt', 2), session('rrrt', 8)];
    const directive = [session('rttt', 2), session('rttt', 8)];
    // Mostly reflecting stays above neutral however long the session; mostly telling falls.
    assert.ok(
      reflective.every((task) => task > 50),
      JSON.stringify(reflective),
    );
    assert.ok(
      directive.every((task) => task < 50),
      JSON.stringify(directive),
    );
    // Advice the person asked for counts with them, not against.
    const asked = computeDtaIndex([
      client(1, 'What can I do about the late nights?'),
      agent(2, 'Many people find a wind-down hour helps.', {
        behaviour: { behaviour: 'therapist_input' },
      }),
    ]);
    assert.ok(asked.dta.task > 50);
  });

  it('counts missing empathy only in a substantive helper turn, not in a backchannel', () => {
    const none = { emotional_reactions: 0, interpretations: 0, explorations: 0 };
    const bondAfter = (text: string) =>
      computeDtaIndex([
        client(1, 'My sister stopped speaking to me after the wedding.'),
        agent(2, text, { empathy: none }),
      ]).dta.bond;
    assert.equal(bondAfter('Mm-hmm.'), 50);
    assert.ok(bondAfter('Weddings bring the whole family together in one room.') < 50);
  });

  it('gives the sentence that carries a marker as its evidence, and the whole turn otherwise', () => {
    const text = 'My sister keeps telling me to do yoga. Honestly this is not helping at all.';
    const at = text.indexOf('Honestly');
    const evidenceOf = (markerSpans: UtteranceSignals['markerSpans']) =>
      computeDtaIndex([
        client(1, text, { markers: ['confrontation'], ...(markerSpans ? { markerSpans } : {}) }),
      ]).evidence.find((e) => e.reason === 'complains about the helper or the process')!.span;
    assert.deepEqual(evidenceOf({ confrontation: { start: at, end: text.length } }), {
      start: at,
      end: text.length,
      text: 'Honestly this is not helping at all.',
    });
    const whole = { start: 0, end: text.length, text };
    assert.deepEqual(evidenceOf(undefined), whole);
    // A span for another marker, or one that does not fit the text, is not used.
    assert.deepEqual(evidenceOf({ bond: { start: 0, end: 5 } }), whole);
    assert.deepEqual(evidenceOf({ confrontation: { start: 10, end: 500 } }), whole);
    assert.deepEqual(evidenceOf({ confrontation: { start: 5, end: 5 } }), whole);
  });

  it('gives the sentence of the strongest empathy mechanism as the evidence of empathy', () => {
    const text = 'I went to the shop today. I am so sorry. What was that like for you?';
    const sorry = { start: text.indexOf('I am'), end: text.indexOf(' What') };
    const question = { start: text.indexOf('What'), end: text.length };
    const evidenceOf = (
      empathy: NonNullable<UtteranceSignals['empathy']>,
      empathySpans?: UtteranceSignals['empathySpans'],
    ) =>
      computeDtaIndex([
        client(1, 'My mum died last month.'),
        agent(2, text, { empathy, ...(empathySpans ? { empathySpans } : {}) }),
      ]).evidence.find((e) => e.reason.startsWith('empathy'))!.span.text;
    const spans = { emotional_reactions: sorry, explorations: question };
    assert.equal(
      evidenceOf({ emotional_reactions: 1, interpretations: 0, explorations: 2 }, spans),
      'What was that like for you?',
    );
    // A tie goes to emotional reactions.
    assert.equal(
      evidenceOf({ emotional_reactions: 2, interpretations: 0, explorations: 2 }, spans),
      'I am so sorry.',
    );
    // Without spans, or with one that does not fit, the whole turn.
    assert.equal(evidenceOf({ emotional_reactions: 2, interpretations: 0, explorations: 0 }), text);
    assert.equal(
      evidenceOf(
        { emotional_reactions: 2, interpretations: 0, explorations: 0 },
        { emotional_reactions: { start: 3, end: 900 } },
      ),
      text,
    );
  });

  it('summarises the helper turns the MITI way', () => {
    const report = computeDtaIndex([
      agent(1, 'a', { behaviour: { behaviour: 'reflection', reflection: 'complex' } }),
      agent(2, 'b', { behaviour: { behaviour: 'reflection', reflection: 'simple' } }),
      agent(3, 'c', { behaviour: { behaviour: 'question', question: 'open' } }),
      agent(4, 'd', { behaviour: { behaviour: 'therapist_input' } }),
    ]);
    assert.deepEqual(report.miti, {
      reflections: 2,
      questions: 1,
      reflectionToQuestion: 2,
      complexReflectionPct: 50,
      openQuestionPct: 100,
      therapistInputPct: 25,
    });
  });
});
