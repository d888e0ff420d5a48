import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AllianceError, type AllianceErrorCode } from '../core/index.ts';
import { BUILTIN_INSTRUMENTS, WAI_SR } from './builtin.ts';
import { answerableItems, itemScale } from './definition.ts';
import { createInstrumentRegistry, loadWordingFile, wordingFilesFromEnv } from './registry.ts';

const WAI_SR_URL = 'urn:alliance:fhir:Questionnaire:wai-sr';
const SRS_URL = 'urn:alliance:fhir:Questionnaire:srs';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'alliance-registry-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A WAI-SR wording file as a deployer would supply it. The texts are our own placeholders: the
 * real WAI-SR wording is copyrighted and never appears in this repository.
 */
function waiSrWording(): Record<string, unknown> & { item: Record<string, unknown>[] } {
  return {
    resourceType: 'Questionnaire',
    url: WAI_SR_URL,
    item: Array.from({ length: 12 }, (_, index) => ({
      linkId: `wai-sr-${index + 1}`,
      text: `Placeholder item ${index + 1} (deployer wording)`,
      answerOption: [1, 2, 3, 4, 5].map((code) => ({
        valueCoding: { code: String(code), display: `Placeholder option ${code}` },
      })),
    })),
  };
}

/** An SRS wording file: four numeric items, so no answer options. */
function srsWording(): Record<string, unknown> & { item: Record<string, unknown>[] } {
  return {
    resourceType: 'Questionnaire',
    url: SRS_URL,
    item: [1, 2, 3, 4].map((n) => ({
      linkId: `srs-${n}`,
      text: `Placeholder scale ${n} (deployer wording)`,
    })),
  };
}

let fileCount = 0;
/** Writes `content` (JSON-encoded unless it is already text) to a new file and returns its path. */
function writeWording(content: unknown): string {
  fileCount += 1;
  const file = join(dir, `wording-${fileCount}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The WAI-SR file with item `index` (0-based) replaced by `change(item)`. */
function withItem(
  index: number,
  change: (item: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  const wording = waiSrWording();
  return { ...wording, item: wording.item.map((item, i) => (i === index ? change(item) : item)) };
}

/** Asserts that `action` throws an AllianceError with `code` whose message matches `message`. */
function assertAllianceError(
  action: () => unknown,
  code: AllianceErrorCode,
  message?: RegExp | string,
): AllianceError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof AllianceError, `expected an AllianceError, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  if (typeof message === 'string') assert.ok(caught.message.includes(message), caught.message);
  else if (message) assert.match(caught.message, message);
  return caught;
}

describe('the instrument registry', () => {
  it('lists the seven built-in instruments in order', () => {
    const registry = createInstrumentRegistry();
    assert.deepEqual(
      registry.list().map((info) => info.key),
      ['phq9', 'gad7', 'phq2', 'gad2', 'wai-sr', 'srs', 'dta-checkin'],
    );
    assert.equal(registry.all().length, 7);
    const wai = registry.list().find((info) => info.key === 'wai-sr');
    assert.equal(wai?.items, 12);
    assert.equal(wai?.licence, 'licensed');
    assert.equal(wai?.administrable, false);
  });

  it('finds an instrument by its key written in any case or punctuation', () => {
    const registry = createInstrumentRegistry();
    for (const key of ['phq9', 'PHQ-9', 'Phq_9']) assert.equal(registry.get(key).key, 'phq9', key);
    assert.equal(registry.get('WAI_SR').key, 'wai-sr');
    assert.equal(registry.get('DTA check-in').key, 'dta-checkin');
  });

  it('refuses an unknown instrument and names the ones it knows', () => {
    const registry = createInstrumentRegistry();
    for (const key of ['phq10', '', '__proto__', 'constructor']) {
      const error = assertAllianceError(() => registry.get(key), 'instrument_unknown');
      for (const known of ['phq9', 'gad7', 'phq2', 'gad2', 'wai-sr', 'srs', 'dta-checkin'])
        assert.ok(error.hint?.includes(known), `${known} missing from: ${error.hint}`);
    }
  });

  it('scores a licensed instrument without wording but refuses to administer it', () => {
    const registry = createInstrumentRegistry();
    for (const key of ['wai-sr', 'srs']) {
      assert.equal(registry.get(key).key, key);
      const error = assertAllianceError(
        () => registry.administrable(key),
        'instrument_unavailable',
        'wording has not been supplied',
      );
      assert.match(error.hint ?? '', /--wording/);
    }
    assert.equal(registry.administrable('phq9').key, 'phq9');
  });
});

describe('licensed wording from a FHIR Questionnaire file', () => {
  it('makes the WAI-SR administrable with the file texts and option displays', () => {
    const registry = createInstrumentRegistry({ wordingFiles: [writeWording(waiSrWording())] });
    const definition = registry.administrable('wai-sr');
    const items = answerableItems(definition);
    assert.equal(items.length, 12);
    assert.deepEqual(
      items.map((item) => item.text),
      items.map((_, index) => `Placeholder item ${index + 1} (deployer wording)`),
    );
    // The displays are added beside the scores the definition already carries.
    assert.deepEqual(itemScale(items[0]!).options, [
      { value: 1, code: '1', display: 'Placeholder option 1' },
      { value: 2, code: '2', display: 'Placeholder option 2' },
      { value: 3, code: '3', display: 'Placeholder option 3' },
      { value: 4, code: '4', display: 'Placeholder option 4' },
      { value: 5, code: '5', display: 'Placeholder option 5' },
    ]);
    assert.deepEqual(definition.scoring, WAI_SR.scoring);
    assert.equal(registry.list().find((info) => info.key === 'wai-sr')?.administrable, true);
    // The shipped definition is left as it was, for the next registry.
    assert.equal(answerableItems(WAI_SR)[0]!.text, undefined);
    assert.equal(createInstrumentRegistry().list()[4]!.administrable, false);
  });

  it('makes the SRS administrable, and takes several files at once', () => {
    const registry = createInstrumentRegistry({
      wordingFiles: [writeWording(srsWording()), writeWording(waiSrWording())],
    });
    const items = answerableItems(registry.administrable('srs'));
    assert.deepEqual(
      items.map((item) => item.text),
      [1, 2, 3, 4].map((n) => `Placeholder scale ${n} (deployer wording)`),
    );
    assert.deepEqual(itemScale(items[0]!), {
      kind: 'numeric',
      min: 0,
      max: 10,
      options: [],
      decimals: true,
    });
    assert.equal(registry.administrable('wai-sr').key, 'wai-sr');
  });

  it('matches the instrument by name when the file has no url', () => {
    for (const name of ['WAISR', 'WAI-SR', 'wai-sr']) {
      const { url: _url, ...rest } = waiSrWording();
      const registry = createInstrumentRegistry({
        wordingFiles: [writeWording({ ...rest, name })],
      });
      assert.equal(registry.administrable('wai-sr').key, 'wai-sr', name);
    }
  });

  it('trims the texts and keeps the file description as the preamble', () => {
    const file = writeWording({
      ...withItem(0, (item) => ({ ...item, text: '  Placeholder padded  ' })),
      description: 'Placeholder preamble.',
    });
    const definition = loadWordingFile(file, BUILTIN_INSTRUMENTS);
    assert.equal(answerableItems(definition)[0]!.text, 'Placeholder padded');
    assert.equal(definition.preamble, 'Placeholder preamble.');
  });
});

describe('a malformed wording file', () => {
  const { url: _url, ...noUrl } = waiSrWording();
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'no-such-file.json'), /cannot be read/],
    ['text that is not JSON', () => writeWording('this is not json'), /is not valid JSON/],
    ['a JSON array', () => writeWording([waiSrWording()]), /is not a FHIR Questionnaire/],
    [
      'a Patient resource',
      () => writeWording({ ...waiSrWording(), resourceType: 'Patient' }),
      /is not a FHIR Questionnaire/,
    ],
    [
      'an unknown url',
      () => writeWording({ ...waiSrWording(), url: 'urn:example:not-an-instrument' }),
      /names no known instrument \(url "urn:example:not-an-instrument"\).*wai-sr/,
    ],
    [
      'neither a url nor a name',
      () => writeWording(noUrl),
      /names no known instrument \(url null\)/,
    ],
    [
      'the url of an instrument that ships with its wording',
      () => writeWording({ ...waiSrWording(), url: 'http://loinc.org/q/44249-1' }),
      /PHQ-9 ships with its own wording/,
    ],
    [
      'no item array',
      () => writeWording({ ...waiSrWording(), item: { linkId: 'wai-sr-1' } }),
      /has no "item" array/,
    ],
    [
      'an item without a linkId',
      () => writeWording(withItem(2, ({ linkId: _linkId, ...item }) => item)),
      /item 3 has no linkId/,
    ],
    [
      'an item that is not an object',
      () => writeWording({ ...waiSrWording(), item: [null, ...waiSrWording().item] }),
      /item 1 has no linkId/,
    ],
    [
      'a duplicate linkId',
      () => writeWording(withItem(4, (item) => ({ ...item, linkId: 'wai-sr-4' }))),
      /item wai-sr-4 appears twice/,
    ],
    [
      'an unknown linkId',
      () => writeWording(withItem(0, (item) => ({ ...item, linkId: 'wai-sr-13' }))),
      /item "wai-sr-13" is not an item of WAI-SR/,
    ],
    [
      'a missing item',
      () => writeWording({ ...waiSrWording(), item: waiSrWording().item.slice(0, 11) }),
      /item wai-sr-12 is missing/,
    ],
    [
      'an empty text',
      () => writeWording(withItem(6, (item) => ({ ...item, text: '   ' }))),
      /item wai-sr-7 has no text/,
    ],
    [
      'a text that is not a string',
      () => writeWording(withItem(6, (item) => ({ ...item, text: 42 }))),
      /item wai-sr-7 has no text/,
    ],
    [
      'a text over 1,000 characters',
      () => writeWording(withItem(1, (item) => ({ ...item, text: 'x'.repeat(1001) }))),
      /item wai-sr-2 has a text longer than 1000 characters/,
    ],
    [
      'an answerOption that is not an array',
      () => writeWording(withItem(3, (item) => ({ ...item, answerOption: { code: '1' } }))),
      /item wai-sr-4: answerOption must be an array/,
    ],
    [
      'an answer code outside 1–5',
      () =>
        writeWording(
          withItem(8, (item) => ({ ...item, answerOption: [{ valueCoding: { code: '6' } }] })),
        ),
      /item wai-sr-9: answer code "6" is not one of 1, 2, 3, 4, 5/,
    ],
    [
      'an answer code that is a number',
      () =>
        writeWording(
          withItem(8, (item) => ({ ...item, answerOption: [{ valueCoding: { code: 1 } }] })),
        ),
      /item wai-sr-9: each answerOption needs a valueCoding with a code/,
    ],
    [
      'a file over 1 MB',
      () => writeWording({ ...waiSrWording(), description: 'x'.repeat(1_000_001) }),
      /is \d+ bytes; the limit is 1000000/,
    ],
    [
      '600 items',
      () =>
        writeWording({
          ...waiSrWording(),
          item: Array.from({ length: 600 }, (_, i) => ({ linkId: `x-${i}`, text: 'x' })),
        }),
      /has 600 items; WAI-SR has 12/,
    ],
  ];
  for (const [what, makeFile, message] of cases) {
    it(`is refused, naming the file: ${what}`, () => {
      const file = makeFile();
      const error = assertAllianceError(
        () => createInstrumentRegistry({ wordingFiles: [file] }),
        'wording_invalid',
        message,
      );
      assert.ok(error.message.startsWith(`Wording file ${file}: `), error.message);
      assert.match(error.hint ?? '', /--wording/);
    });
  }

  it('survives JSON nested 10,000 levels deep', () => {
    const deep = (open: string, close: string, inner = '1') =>
      open.repeat(10_000) + inner + close.repeat(10_000);
    const inItems = writeWording(
      `{"resourceType":"Questionnaire","url":"${WAI_SR_URL}","item":${deep('[', ']', '')}}`,
    );
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [inItems] }),
      'wording_invalid',
      /item 1 has no linkId/,
    );
    // Built as text: JSON.stringify itself cannot go that deep.
    const inText = writeWording(
      JSON.stringify(waiSrWording()).replace(
        '"text":"Placeholder item 1 (deployer wording)"',
        `"text":${deep('[', ']')}`,
      ),
    );
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [inText] }),
      'wording_invalid',
      /item wai-sr-1 has no text/,
    );
    // Deep nesting in a field the loader does not read is simply ignored.
    const elsewhere = JSON.stringify(waiSrWording()).replace(
      /^\{/u,
      `{"extension":${deep('{"a":', '}')},`,
    );
    const registry = createInstrumentRegistry({ wordingFiles: [writeWording(elsewhere)] });
    assert.equal(registry.administrable('wai-sr').key, 'wai-sr');
  });

  it('reads __proto__ keys as plain data and pollutes no prototype', () => {
    const top = writeWording(
      `{"__proto__":{"resourceType":"Questionnaire","url":"${WAI_SR_URL}"},"item":[]}`,
    );
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [top] }),
      'wording_invalid',
      /is not a FHIR Questionnaire/,
    );
    // An item whose text sits behind __proto__ has no text of its own.
    const itemText = writeWording(
      JSON.stringify(waiSrWording()).replace(
        '"text":"Placeholder item 1 (deployer wording)"',
        '"__proto__":{"text":"Placeholder inherited"}',
      ),
    );
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [itemText] }),
      'wording_invalid',
      /item wai-sr-1 has no text/,
    );
    const option = writeWording(
      withItem(0, (item) => ({
        ...item,
        answerOption: JSON.parse('[{"__proto__":{"valueCoding":{"code":"1"}}}]'),
      })),
    );
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [option] }),
      'wording_invalid',
      /item wai-sr-1: each answerOption needs a valueCoding/,
    );
    const linkId = writeWording({
      ...waiSrWording(),
      item: [{ linkId: '__proto__', text: 'x' }, ...waiSrWording().item],
    });
    assertAllianceError(
      () => createInstrumentRegistry({ wordingFiles: [linkId] }),
      'wording_invalid',
      /item "__proto__" is not an item of WAI-SR/,
    );
    // Extra __proto__ keys on an otherwise valid file change nothing.
    const extra = writeWording(
      JSON.stringify(waiSrWording()).replace(/^\{/u, '{"__proto__":{"polluted":true},'),
    );
    assert.equal(
      createInstrumentRegistry({ wordingFiles: [extra] }).administrable('wai-sr').key,
      'wai-sr',
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).text, undefined);
  });
});

describe('wording files from the environment', () => {
  it('splits ALLIANCE_INSTRUMENT_WORDING on commas and trims each path', () => {
    assert.deepEqual(
      wordingFilesFromEnv({ ALLIANCE_INSTRUMENT_WORDING: ' a.json, /b/c d.json ,, ,e.json ' }),
      ['a.json', '/b/c d.json', 'e.json'],
    );
    assert.deepEqual(wordingFilesFromEnv({ ALLIANCE_INSTRUMENT_WORDING: '' }), []);
    assert.deepEqual(wordingFilesFromEnv({}), []);
  });
});
