import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedQuestion, lastQuestion } from './context-rules.ts';

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
