import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerHesitation, answerOf, askedQuestion, lastQuestion } from './context-rules.ts';

/** What `lastQuestion` replaces, kept here as its reference. */
const byPattern = (text: string) => text.match(/[^.?!]*\?/gu)?.at(-1);

describe('lastQuestion', () => {
  it('finds the last question as the sentence pattern does, on every mix of stops and words', () => {
    // A small deterministic generator over the characters that decide the answer.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', ' ', 'word', '.', '?', '!', '\n', '😀', '…'];
    for (let n = 0; n < 2000; n += 1) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)];
      assert.equal(lastQuestion(text), byPattern(text), JSON.stringify(text));
    }
  });

  it('reads the question after a long statement, and none where there is no question mark', () => {
    const long = `${'we talked about your drinking and what it costs you '.repeat(200)}.`;
    assert.equal(lastQuestion(`${long} How does that sound?`), ' How does that sound?');
    assert.equal(lastQuestion(long), undefined);
    assert.equal(lastQuestion(''), undefined);
  });

  it('lets askedQuestion still read a safety question at the end of a long turn', () => {
    const turn = `${'That sounds like a very heavy week. '.repeat(100)}Are you having thoughts of ending your life?`;
    assert.ok(askedQuestion(turn), 'the suicide question is recognised');
  });
});

describe('answerOf', () => {
  it('reads plain answers as before', () => {
    for (const text of [
      'yes',
      'yeah sometimes',
      'i have',
      'i do',
      'i have thought about it',
      'maybe',
    ])
      assert.equal(answerOf(text), 'yes', text);
    for (const text of [
      'no',
      'nope',
      "i don't think so",
      'no i am fine',
      'i dont have a plan',
      'never',
    ])
      assert.equal(answerOf(text), 'no', text);
    for (const text of ['ok', 'fine', 'whatever', 'im at my sisters now'])
      assert.equal(answerOf(text), 'unclear', text);
  });

  it('does not read not knowing or not being sure as a no', () => {
    for (const text of [
      "i don't know",
      'I dont know',
      'i do not know',
      'honestly i dont really know',
      'idk',
      'dunno',
      'no idea',
      'i have no idea',
      "i'm not sure",
      'im not sure',
      'not really sure',
      'no, i’m not sure',
      "i don't know anymore",
      "i haven't decided",
      'hard to say',
    ]) {
      assert.equal(answerOf(text), 'unclear', text);
      assert.equal(answerHesitation(text), 'unsure', text);
    }
  });

  it('does not read not wanting to answer as a no', () => {
    for (const text of [
      "i don't want to talk about it",
      'i dont want to say',
      "i'd rather not say",
      "I'd rather not",
      "i can't answer that",
      'not ready to talk about it',
    ]) {
      assert.equal(answerOf(text), 'unclear', text);
      assert.equal(answerHesitation(text), 'declined', text);
    }
    // Wanting something else is an ordinary no, and a wish is not a refusal to answer.
    assert.equal(answerOf("i don't want to die"), 'no');
    assert.equal(answerHesitation("i don't want to die"), undefined);
    assert.equal(answerHesitation("i'd rather not be here"), undefined);
    assert.equal(answerHesitation('passing thoughts mostly'), undefined);
    assert.equal(answerHesitation('skip'), 'declined');
  });

  it('hears holding back only when that is all an answer says, but never reads the rest as a no', () => {
    for (const text of [
      "i don't know how much longer i can do this",
      'i dont know what to do anymore everything is falling apart',
      'idk. so tired and hopeless',
    ]) {
      assert.equal(answerHesitation(text), undefined, text);
      assert.notEqual(answerOf(text), 'no', text);
    }
    assert.equal(answerHesitation("i don't know, maybe not"), 'unsure');
  });

  it('reads a hedged yes after not knowing as a yes, and "maybe not" as unclear', () => {
    assert.equal(answerOf("i don't know, maybe"), 'yes');
    assert.equal(answerOf('not sure, probably'), 'yes');
    assert.equal(answerOf('idk kind of'), 'yes');
    assert.equal(answerOf("i don't know, maybe not"), 'unclear');
  });

  it('reads "I have no plan" as a no, not as "I have"', () => {
    assert.equal(answerOf('i have no plan'), 'no');
    assert.equal(answerOf("i've got none"), 'no');
    assert.equal(answerOf('i have not'), 'no');
    assert.equal(answerOf('i am not'), 'no');
  });

  it('reads not being sure of being safe as not safe, and not wanting to say as unclear', () => {
    assert.equal(answerOf("i'm not sure", 'safe_now'), 'no');
    assert.equal(answerOf("i don't know", 'safe_now'), 'no');
    assert.equal(answerOf('not sure, probably', 'safe_now'), 'no');
    assert.equal(answerOf("i don't want to talk about it", 'safe_now'), 'unclear');
    assert.equal(answerOf('yes', 'safe_now'), 'yes');
    // Other questions keep the general reading.
    assert.equal(answerOf("i'm not sure", 'thoughts'), 'unclear');
  });
});
