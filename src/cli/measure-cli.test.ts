import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Bundle, FhirResource } from 'fhir/r4';

const BIN = new URL('../../bin/alliance.mjs', import.meta.url).pathname;
let dir: string;
/** A WAI-SR wording file with placeholder texts (the real wording is copyrighted). */
let waiSrWording: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-measure-cli-'));
  waiSrWording = join(dir, 'wai-sr-wording.json');
  writeFileSync(
    waiSrWording,
    JSON.stringify({
      resourceType: 'Questionnaire',
      url: 'urn:alliance:fhir:Questionnaire:wai-sr',
      item: Array.from({ length: 12 }, (_, index) => ({
        linkId: `wai-sr-${index + 1}`,
        text: `Placeholder item ${index + 1} (deployer wording)`,
        answerOption: [1, 2, 3, 4, 5].map((code) => ({
          valueCoding: { code: String(code), display: `Placeholder option ${code}` },
        })),
      })),
    }),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real `alliance` binary with a temporary HOME, as a person or a script would. */
function alliance(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'en_US.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stderr without the one-time notice that a new encryption key was created. */
function withoutKeyNotice(stderr: string): string {
  return stderr.replace(/^alliance: created a new encryption key.*\n/mu, '');
}

/** No stack trace and no multi-line error: every error line starts with "alliance:". */
function assertCleanErrors(stderr: string) {
  assert.doesNotMatch(stderr, /^\s+at /mu, stderr);
  for (const line of stderr.trim().split('\n').filter(Boolean))
    assert.match(line, /^alliance: /u, stderr);
}

/** Exactly one clean `alliance:` line on stderr, matching `message`. */
function assertOneErrorLine(stderr: string, message: RegExp) {
  assertCleanErrors(stderr);
  const lines = stderr.trim().split('\n').filter(Boolean);
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, message);
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The id of the one conversation in `db`, read as `alliance history --json` prints it. */
function onlyConversation(db: string): string {
  const rows = jsonLines(alliance(['history', '--db', db, '--json']).stdout);
  assert.equal(rows.length, 1);
  return String(rows[0]!.conversation);
}

/** How many events the conversation's log holds, counted through `alliance export`. */
function eventCount(db: string, conversation: string): number {
  const { code, stdout, stderr } = alliance(['export', '--db', db, '--conversation', conversation]);
  assert.equal(code, 0, stderr);
  return jsonLines(stdout).length;
}

/** The Bundle's resources of one type, in order. */
function resourcesOf<T extends FhirResource['resourceType']>(
  bundle: Bundle,
  type: T,
): Extract<FhirResource, { resourceType: T }>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Extract<FhirResource, { resourceType: T }> =>
        resource?.resourceType === type,
    );
}

const ALL_KEYS = ['phq9', 'gad7', 'phq2', 'gad2', 'wai-sr', 'srs', 'dta-checkin'];

describe('alliance measure list', () => {
  it('shows every instrument and says the licensed ones are scoring-only without wording', () => {
    const { code, stdout, stderr } = alliance(['measure', 'list']);
    assert.equal(code, 0, stderr);
    for (const key of ALL_KEYS) assert.match(stdout, new RegExp(`^${key}\\s`, 'mu'), key);
    assert.match(stdout, /^wai-sr\s+WAI-SR\s+12 items\s+licensed\s+scoring only/mu);
    assert.match(stdout, /^srs\s+SRS\s+4 items\s+licensed\s+scoring only/mu);
    assert.match(stdout, /^phq9\s+PHQ-9\s+9 items\s+free\s+ready$/mu);
    assert.match(stdout, /^dta-checkin .*\(not validated\) ready$/mu);
    assert.match(stdout, /--wording FILE or ALLIANCE_INSTRUMENT_WORDING/);
  });

  it('prints one JSON object per instrument with --json', () => {
    const { code, stdout } = alliance(['measure', 'list', '--json']);
    assert.equal(code, 0);
    assert.equal(stdout.trim().split('\n').length, 7);
    const rows = jsonLines(stdout);
    assert.deepEqual(
      rows.map((row) => row.key),
      ALL_KEYS,
    );
    const administrable = Object.fromEntries(rows.map((row) => [row.key, row.administrable]));
    assert.equal(administrable['wai-sr'], false);
    assert.equal(administrable.srs, false);
    assert.equal(administrable.phq9, true);
  });

  it('shows the WAI-SR as ready once its wording is given with --wording', () => {
    const { code, stdout, stderr } = alliance(['measure', 'list', '--wording', waiSrWording]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^wai-sr\s+WAI-SR\s+12 items\s+licensed\s+ready$/mu);
    assert.match(stdout, /^srs\s.*scoring only/mu);
  });

  it('reads the wording files from ALLIANCE_INSTRUMENT_WORDING too', () => {
    const { code, stdout, stderr } = alliance(['measure', 'list', '--json'], '', {
      ALLIANCE_INSTRUMENT_WORDING: ` ${waiSrWording} , `,
    });
    assert.equal(code, 0, stderr);
    const wai = jsonLines(stdout).find((row) => row.key === 'wai-sr');
    assert.equal(wai?.administrable, true);
  });

  it('refuses a wording file that does not exist with one clean line', () => {
    const missing = join(dir, 'no-such-wording.json');
    const { code, stdout, stderr } = alliance(['measure', 'list', '--wording', missing]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assertOneErrorLine(stderr, /Wording file .*no-such-wording\.json: cannot be read/);
  });
});

describe('alliance measure score', () => {
  const score = (instrument: string, answers: string, ...extra: string[]) =>
    alliance(['measure', 'score', '--instrument', instrument, '--answers', answers, ...extra]);
  const scoreJson = (instrument: string, answers: string) => {
    const { code, stdout, stderr } = score(instrument, answers, '--json');
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout);
  };

  it('scores a PHQ-9 with its band and the item-9 flag', () => {
    const { code, stdout, stderr } = score('phq9', '0,1,2,3,0,1,2,3,1');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^Total: 13 \(range 0–27, sum of item scores\)$/mu);
    assert.match(stdout, /^Band: moderate\b/mu);
    assert.match(stdout, /self_harm_thoughts: Item 9/);
  });

  it('prints the PHQ-9 score as JSON with --json', () => {
    const result = scoreJson('phq9', '0,1,2,3,0,1,2,3,1');
    assert.equal(result.total, 13);
    assert.equal(result.band.code, 'moderate');
    assert.equal(result.flags[0].code, 'self_harm_thoughts');
    assert.equal(result.flags[0].item, 'phq9-9');
    assert.equal(result.complete, true);
  });

  it('scores an all-threes GAD-7 as 21, severe', () => {
    const result = scoreJson('gad7', '3,3,3,3,3,3,3');
    assert.equal(result.total, 21);
    assert.equal(result.band.code, 'severe');
  });

  it('flags an SRS total of 36 and not one of 36.5', () => {
    const low = scoreJson('srs', '9,9,9,9');
    assert.equal(low.total, 36);
    assert.deepEqual(
      low.flags.map((flag: { code: string }) => flag.code),
      ['alliance_concern'],
    );
    const high = scoreJson('srs', '9.5,9,9,9');
    assert.equal(high.total, 36.5);
    assert.deepEqual(high.flags, []);
  });

  it('scores the WAI-SR as a mean with its subscales, no wording needed', () => {
    const { code, stdout, stderr } = score('wai-sr', '4,4,4,4,4,4,4,4,4,4,4,4');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Total: 4 \(range 1–5, mean item score\)$/mu);
    for (const subscale of ['Goal', 'Task', 'Bond'])
      assert.match(stdout, new RegExp(`^Subscale ${subscale}: 4$`, 'mu'));
  });

  it('prorates a PHQ-9 with two skipped items', () => {
    const result = scoreJson('phq9', '0,1,,3,0,-,2,3,0');
    // 9 points over 7 answered items, scaled to 9 items: 11.57, rounded.
    assert.equal(result.total, 12);
    assert.equal(result.prorated, true);
    assert.deepEqual(result.missing, ['phq9-3', 'phq9-6']);
  });

  it('does not score a PHQ-9 with three skipped items', () => {
    const { code, stdout, stderr } = score('phq9', '0,1,,3,,-,2,3,0');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Total: not scored — 3 items missing \(phq9-3, phq9-5, phq9-6\)/mu);
    assert.doesNotMatch(stdout, /^Band:/mu);
  });

  const bad: [string, string[], number, RegExp][] = [
    [
      'an unknown instrument',
      ['--instrument', 'phq10', '--answers', '0'],
      1,
      /no instrument called "phq10".*Known instruments: phq9/,
    ],
    [
      'too few answers',
      ['--instrument', 'phq9', '--answers', '0,1,2'],
      1,
      /PHQ-9 has 9 items but 3 answers were given/,
    ],
    [
      'an answer that is not a number',
      ['--instrument', 'phq9', '--answers', '0,1,2,lots,0,1,2,3,0'],
      1,
      /PHQ-9 item 4 \(phq9-4\): "lots" is not a number/,
    ],
    [
      'an answer out of range',
      ['--instrument', 'phq9', '--answers', '0,1,2,7,0,1,2,3,0'],
      1,
      /PHQ-9 item phq9-4 cannot be 7\. Answer it with one of 0, 1, 2, 3\./,
    ],
    [
      'a negative answer',
      ['--instrument', 'phq9', '--answers', '0,1,2,-1,0,1,2,3,0'],
      1,
      /PHQ-9 item phq9-4 cannot be -1/,
    ],
    [
      'a decimal on the PHQ-9',
      ['--instrument', 'phq9', '--answers', '0,1,2,1.5,0,1,2,3,0'],
      1,
      /PHQ-9 item phq9-4 cannot be 1\.5/,
    ],
    [
      '11 on the SRS',
      ['--instrument', 'srs', '--answers', '9,11,9,9'],
      1,
      /SRS item srs-2 cannot be 11\. Answer it with a number from 0 to 10\./,
    ],
    [
      'a 20,000-character answers list',
      ['--instrument', 'phq9', '--answers', '0,'.repeat(10_000)],
      2,
      /The --answers list is too long\. PHQ-9 has 9 items\./,
    ],
  ];
  for (const [what, args, exit, message] of bad) {
    it(`refuses ${what} with one clean line`, () => {
      const { code, stdout, stderr } = alliance(['measure', 'score', ...args]);
      assert.equal(code, exit, stderr);
      assert.equal(stdout, '');
      assertOneErrorLine(stderr, message);
    });
  }

  it('refuses a missing --answers with a usage error naming the option', () => {
    const { code, stdout, stderr } = alliance(['measure', 'score', '--instrument', 'phq9']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /required option '--answers <list>' not specified/);
    assert.doesNotMatch(stderr, /^\s+at /mu);
  });

  it('reports a missing --answers as one clean alliance: line', () => {
    const { stderr } = alliance(['measure', 'score', '--instrument', 'phq9']);
    assertOneErrorLine(stderr, /--answers/);
  });
});

describe('questionnaires in a conversation, exported and imported as FHIR', () => {
  const db = () => join(dir, 'measured', 'alliance.db');
  let conversation: string;
  let chat: { code: number | null; stdout: string; stderr: string };

  before(() => {
    // The person asks for the PHQ-9 and answers each item in their own words:
    // 0 + 1 + 3 + 2 + 0 + 3 + 1 + 2 + 0 = 12, moderate, and item 9 "not at all" (no handover).
    const answers = [
      'not at all',
      'several days',
      '3',
      'more than half the days',
      'not at all',
      'nearly every day',
      '1',
      'most days',
      'not at all',
    ];
    chat = alliance(['chat', '--db', db()], ['/measure phq9', ...answers].join('\n') + '\n');
    conversation = onlyConversation(db());
  });

  it('asks all nine PHQ-9 items in chat and gives the result', () => {
    assert.equal(chat.code, 0, chat.stderr);
    assertCleanErrors(chat.stderr);
    for (let n = 1; n <= 9; n += 1) assert.match(chat.stdout, new RegExp(`\\(${n} of 9\\)`));
    assert.match(chat.stdout, /Your PHQ-9 total is 12 out of 27/);
  });

  it('exports the response and its score as a FHIR Bundle', () => {
    const { code, stdout, stderr } = alliance([
      'measure',
      'export',
      '--db',
      db(),
      '--conversation',
      conversation,
      '--format',
      'fhir',
    ]);
    assert.equal(code, 0, stderr);
    const bundle = JSON.parse(stdout) as Bundle;
    assert.equal(bundle.resourceType, 'Bundle');
    const [response, ...otherResponses] = resourcesOf(bundle, 'QuestionnaireResponse');
    assert.deepEqual(otherResponses, []);
    assert.equal(response!.questionnaire, 'http://loinc.org/q/44249-1|2001');
    assert.equal(response!.status, 'completed');
    assert.equal(response!.item?.length, 9);
    assert.ok(response!.item?.every((item) => item.answer?.length === 1));
    const [observation] = resourcesOf(bundle, 'Observation');
    assert.equal(observation!.code.coding?.[0]?.system, 'http://loinc.org');
    assert.equal(observation!.code.coding?.[0]?.code, '44261-6');
    assert.equal(observation!.valueQuantity?.value, 12);
    assert.deepEqual(observation!.derivedFrom, [
      { reference: `QuestionnaireResponse/${response!.id}` },
    ]);
    writeFileSync(join(dir, 'response.json'), JSON.stringify(response));
  });

  it('refuses an unknown format, an unknown conversation and a missing database', () => {
    const csv = alliance([
      'measure',
      'export',
      '--db',
      db(),
      '--conversation',
      conversation,
      '--format',
      'csv',
    ]);
    assert.equal(csv.code, 2);
    assertOneErrorLine(csv.stderr, /Unknown export format "csv"\. Use --format fhir\./);
    const unknown = alliance(['measure', 'export', '--db', db(), '--conversation', 'conv_nope']);
    assert.equal(unknown.code, 1);
    assertOneErrorLine(unknown.stderr, /No conversation with id conv_nope/);
    const missingDb = join(dir, 'nowhere', 'alliance.db');
    const missing = alliance(['measure', 'export', '--db', missingDb, '--conversation', 'conv_x']);
    assert.equal(missing.code, 1);
    assertOneErrorLine(missing.stderr, /There is no database at .*nowhere/);
  });

  it('imports a QuestionnaireResponse, scores it, and exports it beside the first', () => {
    const file = join(dir, 'response.json');
    const before = eventCount(db(), conversation);
    const { code, stdout, stderr } = alliance([
      'measure',
      'import',
      '--db',
      db(),
      '--conversation',
      conversation,
      '--file',
      file,
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`^Imported into ${conversation}:`, 'u'));
    assert.match(stdout, /^Total: 12 \(range 0–27/mu);
    // measure.started, nine measure.answered and measure.completed.
    assert.equal(eventCount(db(), conversation), before + 11);
    const exported = alliance(['measure', 'export', '--db', db(), '--conversation', conversation]);
    const bundle = JSON.parse(exported.stdout) as Bundle;
    const responses = resourcesOf(bundle, 'QuestionnaireResponse');
    assert.equal(responses.length, 2);
    assert.deepEqual(responses[1]!.item, responses[0]!.item);
    assert.deepEqual(
      resourcesOf(bundle, 'Observation').map((o) => o.valueQuantity?.value),
      [12, 12],
    );
  });

  it('refuses hostile import files, each with one clean line, and records nothing', () => {
    const response = JSON.parse(readFileSync(join(dir, 'response.json'), 'utf8'));
    const wrongCode = structuredClone(response);
    wrongCode.item[3].answer[0].valueCoding.code = 'LA9999-9';
    const files: [string, string | Buffer, RegExp][] = [
      [
        'yaml.json',
        'resourceType: QuestionnaireResponse\nstatus: completed\n',
        /yaml\.json is not valid JSON/,
      ],
      [
        'huge.json',
        JSON.stringify({ ...response, text: { div: 'x'.repeat(6_000_000) } }),
        /huge\.json is \d+ bytes; the limit is 5000000\./,
      ],
      [
        'patient.json',
        JSON.stringify({ ...response, resourceType: 'Patient' }),
        /The resourceType must be "QuestionnaireResponse", not the text "Patient"/,
      ],
      [
        'unknown.json',
        JSON.stringify({ ...response, questionnaire: 'http://example.org/q/unknown|1' }),
        /The questionnaire "http:\/\/example\.org\/q\/unknown" is not one Alliance knows/,
      ],
      [
        'wrong-code.json',
        JSON.stringify(wrongCode),
        /Item "phq9-4" has the code "LA9999-9", which is not one of its answer options/,
      ],
      [
        'in-error.json',
        JSON.stringify({ ...response, status: 'entered-in-error' }),
        /marked entered-in-error; it was not imported/,
      ],
    ];
    const before = eventCount(db(), conversation);
    for (const [name, content, message] of files) {
      const file = join(dir, name);
      writeFileSync(file, content);
      const { code, stdout, stderr } = alliance([
        'measure',
        'import',
        '--db',
        db(),
        '--conversation',
        conversation,
        '--file',
        file,
      ]);
      assert.equal(code, 1, `${name}: ${stderr}`);
      assert.equal(stdout, '', name);
      assertOneErrorLine(stderr, message);
    }
    assert.equal(eventCount(db(), conversation), before);
  });

  it('keeps a JSON parse error on one line, whatever the bad file holds', () => {
    const file = join(dir, 'short-not-json.json');
    writeFileSync(file, 'nope\n');
    const imported = alliance([
      'measure',
      'import',
      '--db',
      db(),
      '--conversation',
      conversation,
      '--file',
      file,
    ]);
    const listed = alliance(['measure', 'list', '--wording', file]);
    assert.equal(imported.code, 1);
    assert.equal(listed.code, 1);
    assertOneErrorLine(imported.stderr, /short-not-json\.json is not valid JSON/);
    assertOneErrorLine(listed.stderr, /Wording file .*short-not-json\.json: is not valid JSON/);
  });
});

describe('/measure in chat for a licensed instrument', () => {
  it('explains on one line that the WAI-SR needs its wording, and the chat goes on', () => {
    const { code, stdout, stderr } = alliance(
      ['chat', '--db', join(dir, 'no-wording', 'alliance.db')],
      '/measure wai-sr\nI have been stressed about work\n/checkin\n',
    );
    // A refused command is not a rejected message: the chat ends normally.
    assert.equal(code, 0, stderr);
    assertOneErrorLine(
      withoutKeyNotice(stderr),
      /^alliance: WAI-SR is licensed and its wording has not been supplied.*--wording FILE/,
    );
    const replies = stdout.trim().split('\n');
    // Greeting, the reply to the message, the first check-in item and the goodbye.
    assert.equal(replies.length, 4, stdout);
    assert.match(replies[2]!, /\(1 of 4\)/);
    assert.match(
      replies[3]!,
      /Thank you for talking with me|Thank you for today|Thanks for your time today/,
    );
  });

  it('asks the WAI-SR with the wording given by --wording and gives its mean', () => {
    const { code, stdout, stderr } = alliance(
      ['chat', '--db', join(dir, 'with-wording', 'alliance.db'), '--wording', waiSrWording],
      ['/measure wai-sr', ...Array.from({ length: 12 }, () => '4')].join('\n') + '\n',
    );
    assert.equal(code, 0, stderr);
    assertCleanErrors(stderr);
    assert.match(stdout, /\(1 of 12\) Placeholder item 1 \(deployer wording\)/);
    assert.match(stdout, /placeholder option 1/i);
    assert.match(stdout, /\(12 of 12\) Placeholder item 12 \(deployer wording\)/);
    assert.match(stdout, /Your WAI-SR average is 4 out of 5\. By part: Goal 4, Task 4, Bond 4\./);
  });
});

describe('the PHQ-9 at intake in the terminal chat', () => {
  it('is offered after the person has said what brings them, asked item by item, and stored', () => {
    const db = join(dir, 'intake', 'alliance.db');
    const lines = [
      'yes',
      "I'm Noor",
      "I've been low and tired since my dad's stroke, I'm the one looking after him",
      'I barely see my friends any more and I snap at everyone',
      'ok, go ahead',
      ...Array(8).fill('several days'),
      'not at all',
    ];
    const chat = alliance(['chat', '--db', db], `${lines.join('\n')}\n`);
    assert.equal(chat.code, 0, chat.stderr);
    assert.match(chat.stdout, /questionnaire, the PHQ-9/);
    assert.match(chat.stdout, /\(9 of 9\)/);
    assert.match(
      chat.stdout,
      /Your PHQ-9 total is 8 out of 27, in the range its authors call mild/,
    );
    const conversation = onlyConversation(db);
    const events = jsonLines(
      alliance(['export', '--db', db, '--conversation', conversation]).stdout,
    );
    const started = events.find((event) => event.type === 'measure.started');
    assert.equal((started?.payload as { reason?: string }).reason, 'intake');
    const completed = events.find((event) => event.type === 'measure.completed');
    assert.deepEqual(
      [
        (completed?.payload as { status?: string }).status,
        (completed?.payload as { total?: number }).total,
      ],
      ['completed', 8],
    );
  });
});

describe('alliance measure stats', () => {
  it("reports Cronbach's alpha and reliable change across the people in a database", () => {
    const db = join(dir, 'cohort', 'alliance.db');
    // Each person answers the PHQ-9 twice: [first answers, last answers].
    const people: [string, number[], number[]][] = [
      ['Ana', [3, 3, 2, 3, 2, 3, 2, 2, 0], [1, 1, 1, 1, 0, 1, 1, 0, 0]], // 20 → 6: improved, clinically significant
      ['Ben', [2, 2, 1, 2, 1, 1, 1, 1, 0], [2, 1, 1, 2, 1, 1, 1, 1, 0]], // 11 → 10: no reliable change
      ['Cal', [1, 1, 0, 1, 0, 1, 0, 0, 0], [2, 3, 2, 2, 1, 2, 2, 1, 0]], // 4 → 15: deteriorated
      ['Dee', [0, 1, 1, 1, 0, 0, 1, 0, 0], [0, 0, 1, 1, 0, 0, 0, 0, 0]], // 4 → 2: no reliable change
    ];
    for (const [name, first, last] of people) {
      const input = ['/measure phq9', ...first.map(String), '/measure phq9', ...last.map(String)];
      const chat = alliance(['chat', '--db', db, '--name', name], `${input.join('\n')}\n`);
      assert.equal(chat.code, 0, chat.stderr);
    }
    const { code, stdout, stderr } = alliance([
      'measure',
      'stats',
      '--db',
      db,
      '--instrument',
      'phq9',
      '--json',
    ]);
    assert.equal(code, 0, stderr);
    const stats = JSON.parse(stdout) as {
      responses: number;
      people: number;
      alpha: number;
      change: Record<string, number | string>;
    };
    assert.equal(stats.responses, 8);
    assert.equal(stats.people, 4);
    assert.ok(stats.alpha > 0.8 && stats.alpha < 1, String(stats.alpha));
    assert.deepEqual(stats.change, {
      method: 'published-threshold',
      people: 4,
      improved: 1,
      deteriorated: 1,
      noReliableChange: 2,
      clinicallySignificant: 1,
    });
    const text = alliance(['measure', 'stats', '--db', db, '--instrument', 'phq9']);
    assert.match(text.stdout, /Cronbach's alpha: 0\.\d\d over 8 complete responses/);
    assert.match(text.stdout, /published threshold of 6 points/);
    const none = alliance(['measure', 'stats', '--db', db, '--instrument', 'srs']);
    assert.equal(none.code, 0);
    assert.match(none.stdout, /alpha: not computed/);
  });
});
