import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllianceError } from '../core/index.ts';
import { shippedMarkerModel, createAnnotator } from '../nlu/index.ts';
import { annotateTranscript, readTranscripts } from './index.ts';

const fails = (text: string, format: 'jsonl' | 'annomi' | 'esconv', message: RegExp) =>
  assert.throws(
    () => readTranscripts(text, format, 'input'),
    (error) => isAllianceError(error, 'usage') && message.test(error.message),
  );

describe('reading transcripts', () => {
  it('groups JSON Lines utterances by conversation, in order', () => {
    const text = [
      '{"id":1,"speaker":"client","text":"hi","conversation":"a"}',
      '{"id":2,"speaker":"agent","text":"hello","conversation":"b"}',
      '',
      '{"id":3,"speaker":"agent","text":"what brings you here?","conversation":"a"}',
    ].join('\n');
    const transcripts = readTranscripts(text, 'jsonl', 'input');
    assert.deepEqual(
      transcripts.map((t) => [t.id, t.utterances.map((u) => u.id)]),
      [
        ['a', [1, 3]],
        ['b', [2]],
      ],
    );
    assert.equal(transcripts[0]!.utterances[1]!.line, 4);
  });

  it('names the line of every bad JSON Lines utterance', () => {
    fails(
      '{"id":1,"speaker":"client","text":"ok"}\n{"id":2,"speaker":"bot","text":"x"}',
      'jsonl',
      /^line 2: Unknown speaker "bot"/,
    );
    fails('{"id":1,"speaker":"client","text":"  "}', 'jsonl', /^line 1: Empty or missing "text"/);
    fails('{"id":1,"speaker":"client"', 'jsonl', /^line 1: Not valid JSON/);
    fails('[1,2]', 'jsonl', /^line 1: Not a JSON object/);
    fails(
      `{"id":1,"speaker":"client","text":"${'a'.repeat(100_001)}"}`,
      'jsonl',
      /limit is 100000/,
    );
  });

  it('reads AnnoMI CSV, keeping quality as metadata and ignoring labels', () => {
    const csv = [
      'transcript_id,mi_quality,utterance_id,interlocutor,utterance_text,main_therapist_behaviour',
      '7,high,1,client,"Well, I do drink, yes.",n/a',
      '7,high,0,therapist,"How much do you drink, in a week?",question',
      '8,low,0,therapist,You need to stop.,therapist_input',
    ].join('\n');
    const transcripts = readTranscripts(csv, 'annomi', 'annomi.csv');
    assert.deepEqual(
      transcripts.map((t) => [t.id, t.meta.mi_quality, t.utterances.map((u) => u.speaker)]),
      [
        ['7', 'high', ['therapist', 'client']],
        ['8', 'low', ['therapist']],
      ],
    );
    assert.equal(transcripts[0]!.utterances[1]!.text, 'Well, I do drink, yes.');
  });

  it('names missing AnnoMI columns and bad rows', () => {
    fails(
      'transcript_id,interlocutor,utterance_text\n1,client,hi',
      'annomi',
      /lacks the column utterance_id/,
    );
    fails(
      'transcript_id,utterance_id,interlocutor,utterance_text\n1,0,counsellor,hi',
      'annomi',
      /^line 2: unknown interlocutor "counsellor"/,
    );
    fails(
      'transcript_id,utterance_id,interlocutor,utterance_text\n1,x,client,hi',
      'annomi',
      /^line 2: utterance_id "x"/,
    );
    fails(
      'transcript_id,utterance_id,interlocutor,utterance_text\n1,0,client,',
      'annomi',
      /^line 2: empty utterance_text/,
    );
  });

  it('reads ESConv as published and as JSON Lines', () => {
    const published = JSON.stringify([
      {
        emotion_type: 'anxiety',
        problem_type: 'job crisis',
        dialog: [
          { speaker: 'seeker', content: 'I lost my job.' },
          {
            speaker: 'supporter',
            content: 'That sounds hard.',
            annotation: { strategy: 'Reflection of feelings' },
          },
        ],
      },
    ]);
    const [dialogue] = readTranscripts(published, 'esconv', 'ESConv.json');
    assert.deepEqual(
      dialogue!.utterances.map((u) => u.speaker),
      ['client', 'agent'],
    );
    assert.equal(dialogue!.meta.problem_type, 'job crisis');
    const lines = '{"dialog":[{"speaker":"usr","text":"hi"},{"speaker":"sys","text":"hello"}]}';
    assert.equal(readTranscripts(lines, 'esconv', 'x').at(0)?.utterances.length, 2);
  });

  it('names the dialogue and turn of bad ESConv input', () => {
    fails(
      '[{"dialog":[{"speaker":"bot","content":"x"}]}]',
      'esconv',
      /^dialogue 1 turn 1: unknown speaker "bot"/,
    );
    fails('[{"turns":[]}]', 'esconv', /dialogue 1: has no "dialog" array/);
    fails('[{"dialog":[{"speaker":"seeker","content":""}]}]', 'esconv', /empty text/);
    fails('[{"dialog":', 'esconv', /not valid JSON/);
  });

  it('reads 100,000 utterances', () => {
    const text = Array.from(
      { length: 100_000 },
      (_, i) =>
        `{"id":${i},"speaker":"${i % 2 ? 'client' : 'agent'}","text":"turn ${i}","conversation":"c${i % 50}"}`,
    ).join('\n');
    const transcripts = readTranscripts(text, 'jsonl', 'big');
    assert.equal(transcripts.length, 50);
    assert.equal(
      transcripts.reduce((n, t) => n + t.utterances.length, 0),
      100_000,
    );
  });

  it('reads a client who goes on speaking against the helper turn they answer', () => {
    const [transcript] = readTranscripts(
      [
        {
          id: 't1',
          conversation: 'c',
          speaker: 'therapist',
          text: 'Would you be willing to keep a drink diary this week?',
        },
        { id: 'c1', conversation: 'c', speaker: 'client', text: 'Um.' },
        { id: 'c2', conversation: 'c', speaker: 'client', text: 'yeah ok' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
      'jsonl',
      'input',
    );
    const signals = annotateTranscript(
      transcript!,
      createAnnotator({ markers: shippedMarkerModel() }),
    );
    assert.ok(signals[2]!.markers?.includes('task_agree'), JSON.stringify(signals[2]));
    // Alone, "yeah ok" agrees to nothing.
    assert.deepEqual(shippedMarkerModel().markers('yeah ok').labels, []);
  });
});
