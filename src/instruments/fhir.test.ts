import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bundle, Observation, QuestionnaireResponse } from 'fhir/r4';
import { AllianceError } from '../core/index.ts';
import { BUILTIN_INSTRUMENTS, DTA_CHECKIN, PHQ9, SRS, WAI_SR } from './builtin.ts';
import type { InstrumentDefinition } from './definition.ts';
import { LOINC, numericItem } from './definitions/builders.ts';
import {
  exportBundle,
  fromQuestionnaireResponse,
  toObservation,
  toQuestionnaireResponse,
  type InstrumentResponse,
} from './fhir.ts';
import { scoreResponse, type Answers } from './scoring.ts';

const AUTHORED = '2026-01-05T10:00:00Z';
const PHQ9_ANSWERS = {
  'phq9-1': 2,
  'phq9-2': 2,
  'phq9-3': 1,
  'phq9-4': 2,
  'phq9-5': 1,
  'phq9-6': 1,
  'phq9-7': 1,
  'phq9-8': 0,
  'phq9-9': 0,
};
const SRS_ANSWERS = { 'srs-1': 8.5, 'srs-2': 9, 'srs-3': 7.2, 'srs-4': 10 };
const WAI_ANSWERS = Object.fromEntries(
  [4, 5, 3, 4, 5, 4, 3, 4, 5, 2, 4, 3].map((value, index) => [`wai-sr-${index + 1}`, value]),
);

const response = (answers: Answers, extra: Partial<InstrumentResponse> = {}) => ({
  id: 'qr-1',
  subject: 'Patient/p-1',
  authored: AUTHORED,
  status: 'completed' as const,
  answers,
  ...extra,
});

/** Export, serialise, parse and read back, as a file on disk would travel. */
const roundTrip = (definition: InstrumentDefinition, answers: Answers, extra = {}) =>
  fromQuestionnaireResponse(
    JSON.parse(JSON.stringify(toQuestionnaireResponse(definition, response(answers, extra)))),
    BUILTIN_INSTRUMENTS,
  );

/** One 0–10 whole-number item, for the valueInteger path no built-in instrument takes. */
const MOOD: InstrumentDefinition = {
  ...SRS,
  key: 'mood',
  name: 'Mood',
  questionnaire: {
    ...SRS.questionnaire,
    url: 'urn:test:mood',
    version: '1',
    item: [numericItem({ linkId: 'mood', text: 'Mood today', min: 0, max: 10, decimals: false })],
  },
  scoring: { ...SRS.scoring, items: ['mood'], subscales: [], totalFlags: [], precision: 0 },
};

describe('QuestionnaireResponse export', () => {
  it('writes choice answers as the option coding, in questionnaire order', () => {
    const exported = toQuestionnaireResponse(PHQ9, response(PHQ9_ANSWERS));
    assert.equal(exported.resourceType, 'QuestionnaireResponse');
    assert.equal(exported.questionnaire, 'http://loinc.org/q/44249-1|2001');
    assert.deepEqual(exported.subject, { reference: 'Patient/p-1' });
    assert.deepEqual(
      exported.item?.map((item) => item.linkId),
      Object.keys(PHQ9_ANSWERS),
    );
    assert.deepEqual(exported.item?.[0], {
      linkId: 'phq9-1',
      text: 'Little interest or pleasure in doing things',
      answer: [
        { valueCoding: { system: LOINC, code: 'LA6570-1', display: 'More than half the days' } },
      ],
    });
  });

  it('writes decimal items as valueDecimal and integer items as valueInteger, without text when there is none', () => {
    const srs = toQuestionnaireResponse(SRS, response(SRS_ANSWERS));
    assert.deepEqual(srs.item?.[0], { linkId: 'srs-1', answer: [{ valueDecimal: 8.5 }] });
    const mood = toQuestionnaireResponse(MOOD, response({ mood: 7 }));
    assert.deepEqual(mood.item?.[0], {
      linkId: 'mood',
      text: 'Mood today',
      answer: [{ valueInteger: 7 }],
    });
  });

  it('refuses answers the items do not allow and ids FHIR does not allow', () => {
    const code = (expected: string, pattern: RegExp) => (error: unknown) =>
      error instanceof AllianceError && error.code === expected && pattern.test(error.message);
    assert.throws(
      () => toQuestionnaireResponse(PHQ9, response({ 'phq9-1': 7 })),
      code('answer_invalid', /phq9-1/),
    );
    assert.throws(
      () => toQuestionnaireResponse(PHQ9, response({ 'phq9-10': 1 })),
      code('answer_invalid', /phq9-10/),
    );
    assert.throws(
      () => toQuestionnaireResponse(PHQ9, response(PHQ9_ANSWERS, { id: 'msr_01' })),
      code('fhir_invalid', /response id "msr_01"/),
    );
  });
});

describe('QuestionnaireResponse round trip', () => {
  it('PHQ-9 comes back with the same answers, status, subject and date', () => {
    const imported = roundTrip(PHQ9, PHQ9_ANSWERS);
    assert.equal(imported.definition, PHQ9);
    assert.deepEqual(imported.answers, PHQ9_ANSWERS);
    assert.equal(imported.id, 'qr-1');
    assert.equal(imported.status, 'completed');
    assert.equal(imported.subject, 'Patient/p-1');
    assert.equal(imported.authored, AUTHORED);
  });

  it('SRS decimals and WAI-SR codes without a system come back unchanged', () => {
    assert.deepEqual(roundTrip(SRS, SRS_ANSWERS).answers, SRS_ANSWERS);
    const wai = roundTrip(WAI_SR, WAI_ANSWERS);
    assert.equal(wai.definition, WAI_SR);
    assert.deepEqual(wai.answers, WAI_ANSWERS);
  });

  it('a stopped, partial response keeps only the answered items', () => {
    const partial = { ...PHQ9_ANSWERS, 'phq9-3': null, 'phq9-7': undefined };
    const imported = roundTrip(PHQ9, partial, { status: 'stopped' });
    assert.equal(imported.status, 'stopped');
    const { 'phq9-3': _three, 'phq9-7': _seven, ...answered } = PHQ9_ANSWERS;
    assert.deepEqual(imported.answers, answered);
  });

  it('whole-number items come back from valueInteger', () => {
    const exported = JSON.parse(
      JSON.stringify(toQuestionnaireResponse(MOOD, response({ mood: 7 }))),
    );
    assert.deepEqual(fromQuestionnaireResponse(exported, [MOOD]).answers, { mood: 7 });
  });

  it('reads a canonical without a version, nested groups and items nested under answers', () => {
    const imported = fromQuestionnaireResponse(
      {
        resourceType: 'QuestionnaireResponse',
        questionnaire: 'http://loinc.org/q/44249-1',
        status: 'in-progress',
        item: [
          {
            linkId: 'page-1',
            item: [
              { linkId: 'phq9-1', answer: [{ valueCoding: { code: 'LA6568-5' } }] },
              {
                linkId: 'phq9-2',
                answer: [
                  {
                    valueCoding: { system: LOINC, code: 'LA6571-9' },
                    item: [{ linkId: 'phq9-3', answer: [{ valueCoding: { code: 'LA6569-3' } }] }],
                  },
                ],
              },
            ],
          },
          { linkId: 'phq9-4', answer: [] },
        ],
      },
      BUILTIN_INSTRUMENTS,
    );
    assert.equal(imported.definition, PHQ9);
    assert.deepEqual(imported.answers, { 'phq9-1': 0, 'phq9-2': 3, 'phq9-3': 1 });
    assert.equal(imported.id, undefined);
  });
});

describe('Observation export', () => {
  it('reports the PHQ-9 total under LOINC 44261-6 with its band', () => {
    const score = scoreResponse(PHQ9, PHQ9_ANSWERS);
    const observation = toObservation(PHQ9, score, {
      id: 'qr-1-score',
      subject: 'Patient/p-1',
      effective: AUTHORED,
      derivedFrom: 'qr-1',
    });
    assert.equal(observation.status, 'final');
    assert.deepEqual(observation.category, [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ]);
    assert.equal(observation.code.coding?.[0]?.system, LOINC);
    assert.equal(observation.code.coding?.[0]?.code, '44261-6');
    assert.deepEqual(observation.valueQuantity, {
      value: 10,
      unit: '{score}',
      system: 'http://unitsofmeasure.org',
      code: '{score}',
    });
    assert.deepEqual(observation.interpretation, [{ text: 'moderate' }]);
    assert.deepEqual(observation.derivedFrom, [{ reference: 'QuestionnaireResponse/qr-1' }]);
    assert.deepEqual(observation.subject, { reference: 'Patient/p-1' });
    assert.equal(observation.effectiveDateTime, AUTHORED);
    assert.equal(observation.note, undefined);
    assert.equal(observation.component, undefined);
  });

  it('notes a prorated total', () => {
    const score = scoreResponse(PHQ9, { ...PHQ9_ANSWERS, 'phq9-3': null });
    const observation = toObservation(PHQ9, score, { id: 'o', effective: AUTHORED });
    assert.equal(observation.note?.length, 1);
    assert.match(observation.note![0]!.text, /prorated: phq9-3 was missing/);
  });

  it('notes an instrument that is not validated', () => {
    const score = scoreResponse(DTA_CHECKIN, {
      'dta-goal': 4,
      'dta-task': 5,
      'dta-bond': 5,
      'dta-engagement': 4,
    });
    const observation = toObservation(DTA_CHECKIN, score, { id: 'o', effective: AUTHORED });
    assert.match(observation.note![0]!.text, /not a validated instrument/);
    assert.equal(observation.interpretation, undefined);
    assert.equal(observation.component?.length, 4);
  });

  it('writes subscales as components, coded when the definition has codes', () => {
    const wai = toObservation(WAI_SR, scoreResponse(WAI_SR, WAI_ANSWERS), {
      id: 'o',
      effective: AUTHORED,
    });
    assert.deepEqual(
      wai.component?.map((component) => [
        component.code.coding?.[0]?.code,
        component.valueQuantity?.value,
      ]),
      [
        ['wai-sr-goal', 4],
        ['wai-sr-task', 3.5],
        ['wai-sr-bond', 4],
      ],
    );
    const srs = toObservation(SRS, scoreResponse(SRS, SRS_ANSWERS), {
      id: 'o',
      effective: AUTHORED,
    });
    assert.equal(srs.valueQuantity?.value, 34.7);
    assert.deepEqual(srs.component?.[1], {
      code: { text: 'Goals and topics' },
      valueQuantity: {
        value: 9,
        unit: '{score}',
        system: 'http://unitsofmeasure.org',
        code: '{score}',
      },
    });
  });

  it('refuses a score with no total, and a score for another instrument', () => {
    const empty = scoreResponse(PHQ9, { 'phq9-1': 1 });
    assert.throws(
      () => toObservation(PHQ9, empty, { id: 'o', effective: AUTHORED }),
      (error: unknown) =>
        error instanceof AllianceError &&
        error.code === 'fhir_invalid' &&
        /no total/.test(error.message),
    );
    assert.throws(
      () => toObservation(SRS, scoreResponse(PHQ9, PHQ9_ANSWERS), { id: 'o', effective: AUTHORED }),
      (error: unknown) => error instanceof AllianceError && /for phq9, not srs/.test(error.message),
    );
  });
});

describe('Bundle export', () => {
  it('collects each response and the Observation of each total', () => {
    const partial = { 'phq9-1': 1, 'phq9-2': 1 };
    const bundle = exportBundle(
      [
        {
          definition: PHQ9,
          response: response(PHQ9_ANSWERS),
          score: scoreResponse(PHQ9, PHQ9_ANSWERS),
        },
        {
          definition: PHQ9,
          response: response(partial, { id: 'qr-2', status: 'stopped' }),
          score: scoreResponse(PHQ9, partial),
        },
        {
          definition: SRS,
          response: response(SRS_ANSWERS, { id: 'qr-3' }),
          score: scoreResponse(SRS, SRS_ANSWERS),
          observationId: 'srs-total-3',
        },
      ],
      { id: 'export-1', timestamp: AUTHORED },
    );
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'collection');
    assert.equal(bundle.id, 'export-1');
    assert.equal(bundle.timestamp, AUTHORED);
    assert.deepEqual(
      bundle.entry?.map((entry) => `${entry.resource?.resourceType}/${entry.resource?.id}`),
      [
        'QuestionnaireResponse/qr-1',
        'Observation/qr-1-score',
        'QuestionnaireResponse/qr-2',
        'QuestionnaireResponse/qr-3',
        'Observation/srs-total-3',
      ],
    );
    const observation = bundle.entry?.[1]?.resource as Observation;
    assert.deepEqual(observation.derivedFrom, [{ reference: 'QuestionnaireResponse/qr-1' }]);
    assert.deepEqual(observation.subject, { reference: 'Patient/p-1' });
    assert.equal(observation.effectiveDateTime, AUTHORED);
  });

  it('its resources type-check as FHIR R4', () => {
    const score = scoreResponse(PHQ9, PHQ9_ANSWERS);
    const questionnaireResponse: QuestionnaireResponse = toQuestionnaireResponse(
      PHQ9,
      response(PHQ9_ANSWERS),
    );
    const observation: Observation = toObservation(PHQ9, score, { id: 'o', effective: AUTHORED });
    const bundle: Bundle = exportBundle([
      { definition: PHQ9, response: response(PHQ9_ANSWERS), score },
    ]);
    const entries: (QuestionnaireResponse | Observation | undefined)[] = [
      questionnaireResponse,
      observation,
    ];
    assert.equal(entries.length, 2);
    assert.equal(bundle.entry?.length, 2);
  });
});

describe('QuestionnaireResponse import refuses hostile input', () => {
  const valid = () => ({
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'http://loinc.org/q/44249-1|2001',
    status: 'completed',
    item: [{ linkId: 'phq9-1', answer: [{ valueCoding: { system: LOINC, code: 'LA6569-3' } }] }],
  });
  const withItem = (item: unknown) => ({ ...valid(), item: [item] });
  const srsWith = (answer: unknown) => ({
    ...valid(),
    questionnaire: 'urn:alliance:fhir:Questionnaire:srs',
    item: [{ linkId: 'srs-1', answer: [answer] }],
  });
  const nest = (depth: number) => {
    let node: Record<string, unknown> = { linkId: 'phq9-1' };
    for (let level = 0; level < depth; level++) node = { linkId: `g${level}`, item: [node] };
    return { ...valid(), item: [node] };
  };
  const deepJunk = (depth: number) => {
    let junk: unknown = 'x';
    for (let level = 0; level < depth; level++) junk = { a: [junk] };
    return junk;
  };
  const throwingGetter = Object.defineProperty({}, 'resourceType', {
    enumerable: true,
    get() {
      throw new TypeError('boom');
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  const cases: [string, unknown, RegExp][] = [
    ['null', null, /must be a JSON object, not null/],
    ['an array', [valid()], /must be a JSON object, not an array/],
    ['a string', JSON.stringify(valid()), /must be a JSON object, not the text/],
    ['a number', 42, /must be a JSON object, not 42/],
    [
      'another resource',
      { ...valid(), resourceType: 'Observation' },
      /resourceType.*"Observation"/,
    ],
    ['no resourceType', { ...valid(), resourceType: undefined }, /resourceType.*missing/],
    ['no questionnaire', { ...valid(), questionnaire: undefined }, /questionnaire field.*missing/],
    [
      'a questionnaire that is not text',
      { ...valid(), questionnaire: 7 },
      /questionnaire field.*7/,
    ],
    [
      'an unknown questionnaire',
      { ...valid(), questionnaire: 'urn:x:q|1' },
      /questionnaire "urn:x:q"/,
    ],
    [
      'another version',
      { ...valid(), questionnaire: 'http://loinc.org/q/44249-1|1999' },
      /version "1999"/,
    ],
    ['no status', { ...valid(), status: undefined }, /status.*missing/],
    ['an unknown status', { ...valid(), status: 'done' }, /status.*"done"/],
    ['an id FHIR does not allow', { ...valid(), id: 'a b' }, /id field/],
    [
      'a date that is not a dateTime',
      { ...valid(), authored: 'yesterday' },
      /authored field.*"yesterday"/,
    ],
    ['a subject that is text', { ...valid(), subject: 'Patient/1' }, /subject field/],
    [
      'a subject reference that is not text',
      { ...valid(), subject: { reference: 3 } },
      /subject's reference/,
    ],
    [
      'items that are not an array',
      { ...valid(), item: { linkId: 'phq9-1' } },
      /^item must be an array/,
    ],
    ['an item that is null', { ...valid(), item: [null] }, /item\[0\] must be an object/],
    ['an item without a linkId', withItem({ answer: [] }), /item\[0\] has no linkId/],
    ['a linkId that is not text', withItem({ linkId: 9 }), /item\[0\] has no linkId; it is 9/],
    [
      'an unknown linkId',
      withItem({ linkId: 'phq9-10', answer: [{ valueCoding: { code: 'LA6568-5' } }] }),
      /"phq9-10", which is not an item of PHQ-9/,
    ],
    [
      'a __proto__ linkId',
      JSON.parse(
        '{"resourceType":"QuestionnaireResponse","questionnaire":"http://loinc.org/q/44249-1","status":"completed","item":[{"linkId":"__proto__","answer":[{"valueInteger":1}]}]}',
      ),
      /"__proto__", which is not an item/,
    ],
    [
      'an unknown item without answers or children',
      withItem({ linkId: 'intro' }),
      /"intro", which is not an item/,
    ],
    [
      'a duplicate linkId',
      { ...valid(), item: [...valid().item, ...valid().item] },
      /"phq9-1" appears more than once/,
    ],
    [
      'a duplicate hidden in a group',
      { ...valid(), item: [...valid().item, { linkId: 'g', item: valid().item }] },
      /"phq9-1" appears more than once/,
    ],
    [
      'answers that are not an array',
      withItem({ linkId: 'phq9-1', answer: { valueCoding: {} } }),
      /"phq9-1" has an answer field that is an object/,
    ],
    [
      'an answer that is null',
      withItem({ linkId: 'phq9-1', answer: [null] }),
      /"phq9-1" has an answer that is null/,
    ],
    [
      'an answer without a value',
      withItem({ linkId: 'phq9-1', answer: [{}] }),
      /"phq9-1" has an answer with no value/,
    ],
    [
      'two values in one answer',
      withItem({
        linkId: 'phq9-1',
        answer: [{ valueCoding: { code: 'LA6568-5' }, valueInteger: 0 }],
      }),
      /"phq9-1" has an answer with more than one value/,
    ],
    [
      'two answers',
      withItem({
        linkId: 'phq9-1',
        answer: [{ valueCoding: { code: 'LA6568-5' } }, { valueCoding: { code: 'LA6569-3' } }],
      }),
      /"phq9-1" has 2 answers/,
    ],
    [
      'a choice answered with a number',
      withItem({ linkId: 'phq9-1', answer: [{ valueInteger: 1 }] }),
      /"phq9-1" is answered with "valueInteger"; a choice item takes valueCoding/,
    ],
    [
      'a coding that is text',
      withItem({ linkId: 'phq9-1', answer: [{ valueCoding: 'LA6568-5' }] }),
      /"phq9-1" has a valueCoding that is the text/,
    ],
    [
      'a coding without a code',
      withItem({ linkId: 'phq9-1', answer: [{ valueCoding: { display: 'Not at all' } }] }),
      /"phq9-1" has a valueCoding whose code is missing/,
    ],
    [
      'a code that is not an option',
      withItem({ linkId: 'phq9-1', answer: [{ valueCoding: { code: 'LA0000-0' } }] }),
      /"phq9-1" has the code "LA0000-0", which is not one of its answer options/,
    ],
    [
      'a code from another system',
      withItem({
        linkId: 'phq9-1',
        answer: [{ valueCoding: { system: 'http://snomed.info/sct', code: 'LA6568-5' } }],
      }),
      /"phq9-1" has the code "LA6568-5" from the system "http:\/\/snomed.info\/sct"/,
    ],
    [
      'a system that is not text',
      withItem({ linkId: 'phq9-1', answer: [{ valueCoding: { system: 1, code: 'LA6568-5' } }] }),
      /"phq9-1" has a valueCoding whose system is 1/,
    ],
    ['a number out of range', srsWith({ valueDecimal: 11 }), /SRS item srs-1 cannot be 11/],
    ['a negative number', srsWith({ valueDecimal: -0.5 }), /SRS item srs-1 cannot be -0.5/],
    [
      'a number written as text',
      srsWith({ valueDecimal: '5' }),
      /"srs-1" has a valueDecimal that is the text "5", not a number/,
    ],
    [
      'a number that is null',
      srsWith({ valueDecimal: null }),
      /"srs-1" has a valueDecimal that is null/,
    ],
    [
      'a text answer to a number item',
      srsWith({ valueString: 'five' }),
      /"srs-1" is answered with "valueString"/,
    ],
    [
      'a coding answer to a number item',
      srsWith({ valueCoding: { code: '5' } }),
      /"srs-1" is answered with "valueCoding"/,
    ],
    ['nesting 100,000 levels deep', nest(100_000), /nested more than 16 levels deep/],
    [
      'deeply nested junk for items',
      { ...valid(), item: deepJunk(100_000) },
      /^item must be an array of items; it is an object/,
    ],
    [
      'deeply nested junk for the questionnaire',
      { ...valid(), questionnaire: deepJunk(100_000) },
      /questionnaire field.*an object/,
    ],
    [
      '1,001 items',
      { ...valid(), item: Array.from({ length: 1001 }, (_, n) => ({ linkId: `x${n}` })) },
      /more than 1,000 items/,
    ],
    [
      '1,001 items across groups',
      {
        ...valid(),
        item: [
          { linkId: 'g', item: Array.from({ length: 1000 }, (_, n) => ({ linkId: `x${n}` })) },
        ],
      },
      /more than 1,000 items/,
    ],
    ['a getter that throws', throwingGetter, /QuestionnaireResponse could not be read/],
    ['a revoked proxy', revoked.proxy, /QuestionnaireResponse could not be read/],
  ];

  for (const [name, input, pattern] of cases) {
    it(`refuses ${name}`, () => {
      assert.throws(
        () => fromQuestionnaireResponse(input, BUILTIN_INSTRUMENTS),
        (error: unknown) => {
          assert.ok(error instanceof AllianceError, `expected AllianceError, got ${String(error)}`);
          assert.ok(['fhir_invalid', 'answer_invalid'].includes(error.code), error.code);
          assert.match(error.message, pattern);
          assert.ok(error.hint, 'every refusal says what to do');
          return true;
        },
      );
    });
  }

  it('refuses a whole number item answered with a fraction or a decimal', () => {
    const mood = (answer: unknown) => ({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'urn:test:mood|1',
      status: 'completed',
      item: [{ linkId: 'mood', answer: [answer] }],
    });
    assert.throws(
      () => fromQuestionnaireResponse(mood({ valueInteger: 2.5 }), [MOOD]),
      (error: unknown) =>
        error instanceof AllianceError &&
        error.code === 'answer_invalid' &&
        /item mood cannot be 2.5/.test(error.message),
    );
    assert.throws(
      () => fromQuestionnaireResponse(mood({ valueDecimal: 2 }), [MOOD]),
      (error: unknown) =>
        error instanceof AllianceError &&
        /"mood" is answered with "valueDecimal"/.test(error.message),
    );
  });
});
