import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AVOID_WHEN,
  EXERCISES,
  NEEDS,
  exerciseById,
  needsFromText,
  suggestExercises,
  type Exercise,
  type Need,
} from './index.ts';

/** Everything the agent says out loud during an exercise. */
function spokenTexts(exercise: Exercise): string[] {
  return [
    exercise.title,
    exercise.rationale,
    ...exercise.steps.map((step) => step.prompt),
    exercise.closing,
    exercise.nextStep,
  ];
}

const ids = (exercises: readonly Exercise[]) => exercises.map((exercise) => exercise.id);

describe('exercise library', () => {
  it('holds at least fourteen exercises with unique kebab-case ids', () => {
    assert.ok(EXERCISES.length >= 14, `only ${EXERCISES.length} exercises`);
    assert.equal(new Set(ids(EXERCISES)).size, EXERCISES.length);
    for (const exercise of EXERCISES) assert.match(exercise.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('includes each of the twelve exercises the agent must be able to offer', () => {
    const required = [
      'thought-record',
      'behavioural-activation',
      'activity-scheduling',
      'paced-breathing',
      'grounding-5-4-3-2-1',
      'worry-postponement',
      'problem-solving',
      'sleep-wind-down',
      'three-good-things',
      'values-clarification',
      'self-compassion-break',
      'urge-surfing',
    ];
    for (const id of required) assert.ok(exerciseById(EXERCISES, id), `${id} is missing`);
    assert.ok(EXERCISES.length >= required.length + 2, 'at least two exercises beyond the twelve');
  });

  for (const exercise of EXERCISES) {
    describe(exercise.id, () => {
      it('fills every field', () => {
        assert.ok(exercise.title.trim().length > 0, 'title');
        assert.ok(exercise.closing.trim().length > 0, 'closing');
        assert.ok(Number.isFinite(exercise.minutes) && exercise.minutes > 0, 'minutes');
        assert.ok(exercise.suits.length > 0, 'suits');
        assert.ok(exercise.contraindications.length > 0, 'contraindications');
        for (const caution of exercise.contraindications) assert.ok(caution.trim().length > 0);
        for (const need of exercise.suits) assert.ok(NEEDS.includes(need), need);
        for (const when of exercise.avoidWhen) assert.ok(AVOID_WHEN.includes(when), when);
        assert.equal(new Set(exercise.suits).size, exercise.suits.length, 'duplicate need');
      });

      it('explains itself in one plain line of at most 140 characters', () => {
        assert.ok(exercise.rationale.trim().length > 0);
        assert.ok(exercise.rationale.length <= 140, `${exercise.rationale.length} characters`);
        assert.doesNotMatch(exercise.rationale, /[\r\n]/);
      });

      it('runs in three to eight steps with unique ids and non-empty prompts', () => {
        assert.ok(exercise.steps.length >= 3 && exercise.steps.length <= 8);
        assert.equal(new Set(exercise.steps.map((step) => step.id)).size, exercise.steps.length);
        for (const step of exercise.steps) {
          assert.ok(step.id.trim().length > 0);
          assert.ok(step.prompt.trim().length > 0, step.id);
          if (step.records !== undefined) assert.match(step.records, /^[a-z][a-z0-9_]*$/);
        }
        assert.ok(
          exercise.steps.some((step) => step.records !== undefined),
          'records at least one answer',
        );
      });

      it('keeps prompts short: at most two sentences each', () => {
        for (const step of exercise.steps) {
          const sentences = step.prompt.split(/[.?!…](?=\s|$)/u).filter((s) => s.trim());
          assert.ok(sentences.length <= 2, `${step.id}: ${step.prompt}`);
        }
      });

      it('is never offered in safety mode', () => {
        assert.ok(exercise.avoidWhen.includes('safety_mode'));
      });

      it('cites at least one full source', () => {
        assert.ok(exercise.sources.length >= 1);
        for (const source of exercise.sources) assert.match(source, /\b(19|20)\d{2}\b/, source);
      });

      it('proposes a next step with a {when} and uses no other placeholder than {name}', () => {
        assert.ok(exercise.nextStep.includes('{when}'));
        // Said as "you could …" and "you'll …": it must start with what to do.
        assert.doesNotMatch(exercise.nextStep, /^(?:when|if|before|after|once|whenever)\b/i);
        for (const text of spokenTexts(exercise)) {
          for (const [placeholder] of text.matchAll(/\{[^}]*\}/gu)) {
            const allowed = text === exercise.nextStep ? ['{when}', '{name}'] : ['{name}'];
            assert.ok(allowed.includes(placeholder), `${placeholder} in "${text}"`);
          }
        }
      });

      it('never says it is a therapist, diagnoses, or talks about medication', () => {
        for (const text of spokenTexts(exercise)) {
          assert.doesNotMatch(text, /therapist|diagnos|medication/iu, text);
        }
      });
    });
  }

  it('never repeats a prompt anywhere in the library', () => {
    const seen = new Map<string, string>();
    for (const exercise of EXERCISES) {
      for (const step of exercise.steps) {
        const key = step.prompt.toLowerCase().replace(/\s+/gu, ' ').trim();
        assert.ok(!seen.has(key), `${exercise.id}/${step.id} repeats ${seen.get(key)}`);
        seen.set(key, `${exercise.id}/${step.id}`);
      }
    }
  });

  it('has something for every need', () => {
    for (const need of NEEDS) {
      assert.ok(
        EXERCISES.some((exercise) => exercise.suits.includes(need)),
        `nothing suits ${need}`,
      );
    }
  });

  it('keeps breathing exercises away from panic attacks and breathing conditions', () => {
    const breathing = exerciseById(EXERCISES, 'paced-breathing')!;
    assert.ok(breathing.avoidWhen.includes('panic_now'));
    assert.ok(breathing.avoidWhen.includes('breathing_condition'));
  });

  it('sizes behavioural activation for very low energy instead of withholding it', () => {
    const activation = exerciseById(EXERCISES, 'behavioural-activation')!;
    assert.ok(!activation.avoidWhen.includes('very_low_energy'));
    assert.ok(
      exerciseById(EXERCISES, 'activity-scheduling')!.avoidWhen.includes('very_low_energy'),
    );
  });

  it('tells clinicians that urge surfing is no substitute for crisis care', () => {
    const urgeSurfing = exerciseById(EXERCISES, 'urge-surfing')!;
    assert.ok(urgeSurfing.contraindications.some((text) => /crisis/iu.test(text)));
  });
});

describe('reading needs from what a person says', () => {
  const cases: [string, Need[]][] = [
    ["I can't sleep", ['sleep']],
    ['awake at 3am again, staring at the ceiling', ['sleep']],
    ['I keep waking up in the middle of the night', ['sleep']],
    ["I'm so worried about money", ['worry']],
    ['what if I fail the exam', ['worry']],
    ['I had a panic attack on the bus', ['panic']],
    ['I hate myself', ['self_criticism']],
    ["I'm so stupid", ['self_criticism']],
    ['I feel guilty whenever I do anything for myself', ['self_criticism']],
    ['I have no energy', ['low_mood', 'motivation']],
    ["I can't get out of bed", ['low_mood', 'motivation']],
    ["I'm so lonely", ['loneliness']],
    ['I have no one to talk to', ['loneliness']],
    ['I have an urge to drink', ['urges']],
    ['the urge to cut is strong', ['urges']],
    ['I really want a smoke', ['urges']],
    ["I'm so angry at my boss", ['anger']],
    ['I was furious with him', ['anger']],
    ['I keep overthinking everything', ['rumination']],
    ["I can't stop thinking about what she said", ['rumination']],
    ["I've got too much on", ['overwhelm']],
    ["I'm drowning in work", ['overwhelm']],
    ["I don't know what to do about my landlord", ['problem']],
    ['since she died the house is so quiet', ['grief']],
    ['the grief comes in waves', ['grief']],
    ['I feel so low and nothing matters', ['low_mood']],
    ["I'm stressed and I can't sleep", ['stress', 'sleep']],
    ["Can't sleep because I'm worried", ['sleep', 'worry']],
    ['worried, lonely and anxious', ['worry', 'loneliness', 'anxiety']],
    ['I’M SO ANXIOUS', ['anxiety']],
    ['My phone died', []],
    ["I'm low on petrol", []],
    ['that film was so stupid', []],
    ['guilty pleasure tv tonight', []],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as [${expected.join(', ')}]`, () => {
      assert.deepEqual(needsFromText(text), expected);
    });
  }

  describe('negation', () => {
    const negated: [string, Need[]][] = [
      ["I'm not worried", []],
      ['No worries', []],
      ["I don't feel lonely", []],
      ['I am not feeling that anxious', []],
      ['Nothing to worry about', []],
      ["I'm not angry, just sad", ['low_mood']],
      ['not lonely but I am anxious', ['anxiety']],
      ["I can't stop worrying", ['worry']],
      ["I can't help feeling lonely", ['loneliness']],
      ["I've never felt so alone", ['loneliness']],
      ["I couldn't be more stressed", ['stress']],
      ["I'm not sure why I'm so anxious", ['anxiety']],
      ["It's not my fault", []],
    ];
    for (const [text, expected] of negated) {
      it(`reads ${JSON.stringify(text)} as [${expected.join(', ')}]`, () => {
        assert.deepEqual(needsFromText(text), expected);
      });
    }

    it('counts a need negated once and stated later', () => {
      assert.deepEqual(needsFromText("I'm not angry. Actually I'm angry."), ['anger']);
    });
  });

  it('lists each need once, in order of first mention', () => {
    assert.deepEqual(needsFromText("I'm lonely. Lonely and worried. So lonely."), [
      'loneliness',
      'worry',
    ]);
  });

  describe('hostile input', () => {
    it('returns nothing for empty or blank text', () => {
      assert.deepEqual(needsFromText(''), []);
      assert.deepEqual(needsFromText(' \n\t '), []);
    });

    it('handles a 1 MB message and still finds a need at its end', () => {
      const text = 'All fine here today. '.repeat(50_000) + "but I can't sleep";
      assert.ok(text.length >= 1_000_000);
      assert.deepEqual(needsFromText(text), ['sleep']);
    });

    it('handles a 1 MB run of negated cues and a 1 MB word without throwing', () => {
      assert.deepEqual(needsFromText("I'm not worried. ".repeat(62_500)), []);
      assert.deepEqual(needsFromText('a'.repeat(1_000_000)), []);
    });

    it('sees through zero-width characters inside words', () => {
      assert.deepEqual(needsFromText('I\u200Bm so wor\u200Bried\uFEFF'), ['worry']);
      assert.deepEqual(needsFromText('lone\u200Dly'), ['loneliness']);
    });

    it('reads a few emoji and ignores the rest', () => {
      assert.deepEqual(needsFromText('😡😡😡'), ['anger']);
      assert.deepEqual(needsFromText('🎉🌈🦄'.repeat(1000)), []);
    });

    it('survives lone surrogates, control characters and odd scripts', () => {
      const odd = ['\uD800\uDFFF\uD800', '\u0000\u0001\u202E worried', 'ｗｏｒｒｉｅｄ', 'Z̷a̷l̷g̷o̷'];
      for (const text of odd) assert.doesNotThrow(() => needsFromText(text));
      assert.deepEqual(needsFromText('ｗｏｒｒｉｅｄ'), ['worry']);
    });
  });
});

describe('suggesting exercises', () => {
  it('offers what suits the first-mentioned need first', () => {
    assert.equal(suggestExercises(EXERCISES, { needs: ['sleep'] })[0]?.id, 'sleep-wind-down');
    assert.equal(suggestExercises(EXERCISES, { needs: ['urges'] })[0]?.id, 'urge-surfing');
    assert.equal(
      suggestExercises(EXERCISES, { needs: ['worry', 'sleep'] })[0]?.id,
      'worry-postponement',
    );
  });

  it('weighs earlier needs more than later ones', () => {
    const sleepFirst = ids(suggestExercises(EXERCISES, { needs: ['sleep', 'anger'], max: 1 }));
    const angerFirst = ids(suggestExercises(EXERCISES, { needs: ['anger', 'sleep'], max: 1 }));
    // Paced breathing suits both, so it wins either way; below it, order follows the needs.
    assert.deepEqual(sleepFirst, ['paced-breathing']);
    assert.deepEqual(angerFirst, ['paced-breathing']);
    const sleepThenAnger = ids(suggestExercises(EXERCISES, { needs: ['sleep', 'anger'], max: 5 }));
    assert.ok(
      sleepThenAnger.indexOf('sleep-wind-down') < sleepThenAnger.indexOf('opposite-action-anger'),
    );
    const angerThenSleep = ids(suggestExercises(EXERCISES, { needs: ['anger', 'sleep'], max: 5 }));
    assert.ok(
      angerThenSleep.indexOf('opposite-action-anger') < angerThenSleep.indexOf('sleep-wind-down'),
    );
  });

  it('leaves out anything the avoid list rules out', () => {
    const suggestions = suggestExercises(EXERCISES, {
      needs: ['anxiety', 'stress', 'anger'],
      avoid: ['breathing_condition', 'panic_now'],
      max: 20,
    });
    assert.ok(suggestions.length > 0);
    for (const exercise of suggestions) {
      assert.ok(!exercise.avoidWhen.includes('breathing_condition'), exercise.id);
      assert.ok(!exercise.avoidWhen.includes('panic_now'), exercise.id);
    }
  });

  it('still has something for a panic attack happening now', () => {
    const suggestions = ids(
      suggestExercises(EXERCISES, { needs: ['panic'], avoid: ['panic_now'] }),
    );
    assert.ok(suggestions.includes('riding-the-panic-wave'));
    assert.ok(!suggestions.includes('paced-breathing'));
  });

  it('offers nothing at all in safety mode', () => {
    for (const need of NEEDS) {
      assert.deepEqual(suggestExercises(EXERCISES, { needs: [need], avoid: ['safety_mode'] }), []);
    }
    assert.deepEqual(suggestExercises(EXERCISES, { avoid: ['safety_mode'] }), []);
  });

  it('never offers again an exercise declined in this conversation', () => {
    const first = suggestExercises(EXERCISES, { needs: ['anxiety'] })[0]!;
    const declined = [first.id];
    for (const max of [1, 3, 50]) {
      assert.ok(
        !ids(suggestExercises(EXERCISES, { needs: ['anxiety'], declined, max })).includes(first.id),
      );
    }
    // Not even when it worked before, and not when there are no needs.
    const tried = [{ id: first.id, outcome: 'done' as const }];
    assert.ok(
      !ids(suggestExercises(EXERCISES, { needs: ['anxiety'], declined, tried })).includes(first.id),
    );
    assert.ok(!ids(suggestExercises(EXERCISES, { declined, tried, max: 50 })).includes(first.id));
  });

  it('promotes what worked for this person before', () => {
    const baseline = ids(suggestExercises(EXERCISES, { needs: ['anxiety'], max: 20 }));
    const last = baseline[baseline.length - 1]!;
    const done = ids(
      suggestExercises(EXERCISES, { needs: ['anxiety'], tried: [{ id: last, outcome: 'done' }] }),
    );
    assert.equal(done[0], last);
    const partly = ids(
      suggestExercises(EXERCISES, {
        needs: ['anxiety'],
        tried: [{ id: last, outcome: 'partly' }],
        max: 20,
      }),
    );
    assert.ok(partly.indexOf(last) < baseline.indexOf(last));
  });

  it('ranks done above partly', () => {
    const tried = [
      { id: 'thought-record', outcome: 'partly' as const },
      { id: 'cognitive-defusion', outcome: 'done' as const },
    ];
    const suggestions = ids(suggestExercises(EXERCISES, { needs: ['anxiety'], tried }));
    assert.ok(suggestions.indexOf('cognitive-defusion') < suggestions.indexOf('thought-record'));
  });

  it('demotes what did not work, and the latest outcome counts', () => {
    const baseline = ids(suggestExercises(EXERCISES, { needs: ['anxiety'], max: 20 }));
    const top = baseline[0]!;
    const demoted = ids(
      suggestExercises(EXERCISES, {
        needs: ['anxiety'],
        tried: [{ id: top, outcome: 'not' }],
        max: 20,
      }),
    );
    assert.ok(demoted.indexOf(top) > baseline.indexOf(top));
    const retried = ids(
      suggestExercises(EXERCISES, {
        needs: ['anxiety'],
        tried: [
          { id: top, outcome: 'not' },
          { id: top, outcome: 'done' },
        ],
      }),
    );
    assert.equal(retried[0], top);
  });

  it('gives the same answer every time, ties broken by fit and library order', () => {
    const options = { needs: ['low_mood', 'stress'] as Need[], max: 10 };
    const first = ids(suggestExercises(EXERCISES, options));
    for (let run = 0; run < 5; run += 1) {
      assert.deepEqual(ids(suggestExercises(EXERCISES, options)), first);
    }
    // Two exercises equal in every way keep their library order.
    const twin = { ...exerciseById(EXERCISES, 'paced-breathing')!, id: 'paced-breathing-copy' };
    const library = [twin, ...EXERCISES];
    const ranked = ids(suggestExercises(library, { needs: ['stress'], max: 2 }));
    assert.deepEqual(ranked, ['paced-breathing-copy', 'paced-breathing']);
  });

  it('returns at most max, three by default, and nothing for max 0', () => {
    assert.equal(suggestExercises(EXERCISES, { needs: ['anxiety'] }).length, 3);
    assert.equal(suggestExercises(EXERCISES, { needs: ['anxiety'], max: 1 }).length, 1);
    assert.equal(suggestExercises(EXERCISES, { needs: ['anxiety'], max: 0 }).length, 0);
    assert.equal(suggestExercises(EXERCISES, { needs: ['anxiety'], max: -2 }).length, 0);
    assert.equal(suggestExercises(EXERCISES, { needs: ['anxiety'], max: Number.NaN }).length, 0);
    const all = suggestExercises(EXERCISES, { needs: [...NEEDS], max: Infinity });
    assert.equal(all.length, EXERCISES.length);
  });

  it('only returns exercises that suit at least one need', () => {
    for (const exercise of suggestExercises(EXERCISES, { needs: ['grief'], max: 20 })) {
      assert.ok(exercise.suits.includes('grief'), exercise.id);
    }
  });

  it('offers short, general exercises when no need is known', () => {
    const general = suggestExercises(EXERCISES);
    assert.equal(general.length, 3);
    for (const exercise of general) assert.ok(exercise.minutes <= 5, exercise.id);
    assert.ok(!ids(general).includes('urge-surfing'));
    assert.ok(!ids(general).includes('riding-the-panic-wave'));
    assert.deepEqual(ids(suggestExercises(EXERCISES, { needs: [] })), ids(general));
  });

  it('with no need known, offers first what worked for this person before', () => {
    const tried = [{ id: 'values-clarification', outcome: 'done' as const }];
    assert.equal(suggestExercises(EXERCISES, { tried })[0]?.id, 'values-clarification');
  });

  it('finds exercises by id', () => {
    assert.equal(exerciseById(EXERCISES, 'urge-surfing')?.title, 'Urge surfing');
    assert.equal(exerciseById(EXERCISES, 'no-such-exercise'), undefined);
  });
});
