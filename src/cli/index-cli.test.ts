import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-index-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function alliance(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'en_US.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, starting "alliance:", and nothing on stdout. */
function assertCleanFailure(result: ReturnType<typeof alliance>, message: RegExp) {
  assert.notEqual(result.code, 0);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^alliance: /);
  assert.match(lines[0]!, message);
}

const conversation = [
  { id: 1, speaker: 'agent', text: 'What brings you here today?', conversation: 'a' },
  {
    id: 2,
    speaker: 'client',
    text: "I've been drinking more since the divorce and I want to cut down",
    conversation: 'a',
  },
  {
    id: 3,
    speaker: 'agent',
    text: "It sounds like you're worried the drinking is taking over.",
    conversation: 'a',
  },
  { id: 4, speaker: 'client', text: 'yes, exactly, thank you for getting it', conversation: 'a' },
  { id: 5, speaker: 'therapist', text: 'How are things at home?', conversation: 'b' },
  { id: 6, speaker: 'client', text: 'fine', conversation: 'b' },
];
const jsonl = conversation.map((u) => JSON.stringify(u)).join('\n');

describe('alliance score', () => {
  it('prints one line per conversation with the index, ruptures, MITI summary and evidence', () => {
    const { code, stdout, stderr } = alliance(['score'], jsonl);
    assert.equal(code, 0, stderr);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((l) => l.conversation),
      ['a', 'b'],
    );
    for (const line of lines) {
      for (const d of ['goal', 'task', 'bond', 'engagement', 'overall']) {
        assert.ok(line.dta[d] >= 0 && line.dta[d] <= 100, `${d} ${line.dta[d]}`);
      }
      assert.ok(Array.isArray(line.ruptures));
      assert.ok('reflectionToQuestion' in line.miti);
      assert.ok(Array.isArray(line.evidence));
    }
    assert.ok(lines[0].evidence.some((e: { utterance: number }) => e.utterance === 4));
  });

  it('reads AnnoMI CSV and ESConv, and writes to --out', () => {
    const csv = [
      'transcript_id,mi_quality,utterance_id,interlocutor,utterance_text',
      '9,high,0,therapist,"What would you like to change, if anything?"',
      '9,high,1,client,"I want to stop smoking before the baby comes."',
    ].join('\n');
    writeFileSync(join(dir, 'annomi.csv'), csv);
    const out = join(dir, 'scores.jsonl');
    assert.equal(
      alliance(['score', '--format', 'annomi', '--in', join(dir, 'annomi.csv'), '--out', out]).code,
      0,
    );
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).conversation, '9');
    const esconv = JSON.stringify([
      {
        dialog: [
          { speaker: 'seeker', content: 'I lost my job' },
          { speaker: 'supporter', content: 'That sounds really hard.' },
        ],
      },
    ]);
    const result = alliance(['score', '--format', 'esconv'], esconv);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 1);
  });

  it('names the line of bad input and writes nothing', () => {
    assertCleanFailure(
      alliance(['score'], `${jsonl}\n{"id":7,"speaker":"bot","text":"hi"}`),
      /line 7: Unknown speaker "bot"/,
    );
    assertCleanFailure(
      alliance(['score'], '{"id":1,"speaker":"client","text":""}'),
      /line 1: Empty or missing "text"/,
    );
    assertCleanFailure(alliance(['score'], '{"id":1,'), /line 1: Not valid JSON/);
    assertCleanFailure(
      alliance(['score'], `{"id":1,"speaker":"client","text":"${'x'.repeat(100_001)}"}`),
      /line 1: "text" is 100001 characters/,
    );
    assertCleanFailure(
      alliance(['score', '--format', 'annomi'], 'transcript_id,utterance_text\n1,hi'),
      /lacks the columns utterance_id, interlocutor/,
    );
    assertCleanFailure(
      alliance(['score', '--format', 'esconv'], '[{"dialog":[{"speaker":"bot","content":"x"}]}]'),
      /dialogue 1 turn 1: unknown speaker/,
    );
    assertCleanFailure(alliance(['score'], ''), /no utterances/);
    assertCleanFailure(alliance(['score', '--in', join(dir, 'missing.jsonl')]), /no input file/);
    assert.equal(alliance(['score', '--format', 'csv'], jsonl).code, 2);
  });

  it('scores 100,000 utterances', () => {
    const big = Array.from({ length: 100_000 }, (_, i) =>
      JSON.stringify({
        id: i,
        speaker: i % 2 ? 'client' : 'agent',
        text: i % 2 ? 'I guess so, maybe later' : 'How did that feel?',
        conversation: `c${i % 100}`,
      }),
    ).join('\n');
    const { code, stdout, stderr } = alliance(['score'], big);
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim().split('\n').length, 100);
  });
});

describe('alliance calibrate, eval, train and validate', () => {
  it('says the index stays uncalibrated without self-reports', () => {
    const db = join(dir, 'cal', 'alliance.db');
    assert.equal(alliance(['chat', '--db', db], 'hello, I am Sam\n').code, 0);
    const result = alliance(['calibrate', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /stays uncalibrated/);
    assertCleanFailure(
      alliance(['calibrate', '--db', db, '--out', join(dir, 'c.json')]),
      /no calibration to save/,
    );
  });

  it('fits the index to DTA check-in answers across sessions', () => {
    const db = join(dir, 'cal2', 'alliance.db');
    const sessions = [
      [
        "work is grinding me down and I can't switch off",
        'thank you, that really helps, you get it',
        '/checkin',
        '5',
        '5',
        '5',
        '5',
      ],
      ['I fought with my sister again', 'whatever', '/checkin', '2', '2', '1', '2'],
      [
        'I slept better this week and went for two walks',
        'yes that is what I want to keep doing',
        '/checkin',
        '4',
        '4',
        '5',
        '4',
      ],
      ['not much to say', 'idk', '/checkin', '2', '1', '2', '1'],
    ];
    for (const lines of sessions)
      assert.equal(alliance(['chat', '--db', db], `${lines.join('\n')}\n`).code, 0);
    const result = alliance(['calibrate', '--db', db, '--json', '--out', join(dir, 'cal.json')]);
    assert.equal(result.code, 0, result.stderr);
    const { calibrations } = JSON.parse(result.stdout);
    assert.equal(calibrations[0].instrument, 'dta-checkin');
    assert.equal(calibrations[0].dimensions.overall.n, 4);
    const scored = alliance(['score', '--calibration', join(dir, 'cal.json')], jsonl);
    assert.equal(scored.code, 0, scored.stderr);
    const line = JSON.parse(scored.stdout.split('\n')[0]!);
    assert.equal(line.calibrated, true);
    assert.ok('dta-checkin' in line.self_report);
    writeFileSync(join(dir, 'bad-cal.json'), '{"calibrations": 3}');
    assertCleanFailure(
      alliance(['score', '--calibration', join(dir, 'bad-cal.json')], jsonl),
      /not a calibration file/,
    );
  });

  it('refuses a missing datasets folder or a bad report format', () => {
    for (const command of ['eval', 'train', 'validate']) {
      assertCleanFailure(
        alliance([command, '--datasets', join(dir, 'nowhere')]),
        /no datasets folder/,
      );
    }
    assert.equal(alliance(['validate', '--format', 'pdf']).code, 2);
  });
});
