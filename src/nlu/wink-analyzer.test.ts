import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { focusStatement } from './focus-statement.ts';
import { countWords, winkAnalyzer } from './wink-analyzer.ts';

const analyzer = winkAnalyzer();

describe('wink analyzer', () => {
  it('gives tokens with lemmas and negation scope', () => {
    const analysis = analyzer.analyze("I don't feel happy at all");
    const happy = analysis.tokens.find((token) => token.text === 'happy')!;
    assert.equal(happy.negated, true);
    assert.deepEqual(analysis.feelings, [{ word: 'happy', family: 'joy', negated: true }]);
    assert.equal(
      analyzer.analyze('My friends were running').tokens.find((t) => t.text === 'friends')!.lemma,
      'friend',
    );
  });

  it('ends a negation at a new clause typed without punctuation, and only there', () => {
    const negated = (text: string) =>
      Object.fromEntries(analyzer.analyze(text).feelings.map((f) => [f.word, f.negated]));
    // wink's scope runs to the next punctuation mark: "empty" was read as negated.
    assert.deepEqual(negated('no i dont have a plan i just feel empty'), { empty: false });
    assert.deepEqual(negated('not sad but angry'), { sad: true, angry: false });
    // A negation in the new clause, or carried into it by "think", still counts.
    assert.deepEqual(negated("no plan i don't feel safe i feel scared"), { scared: false });
    assert.deepEqual(negated("I don't think I feel happy"), { happy: true });
    assert.deepEqual(negated("I don't feel happy but I'm not sad either"), {
      happy: true,
      sad: true,
    });
  });

  it('finds the name a person introduces themselves with', () => {
    assert.equal(analyzer.analyze('Hi, I am Sam').selfName, 'Sam');
    assert.equal(analyzer.analyze("I'm Alex and I've been sad").selfName, 'Alex');
    assert.equal(analyzer.analyze('my name is priya').selfName, 'Priya');
    assert.equal(analyzer.analyze('call me Jo').selfName, 'Jo');
  });

  it('does not take a feeling for a name', () => {
    assert.equal(analyzer.analyze('I am Anxious').selfName, undefined);
    assert.equal(analyzer.analyze('i am tired').selfName, undefined);
    assert.equal(analyzer.analyze("I'm Fine").selfName, undefined);
  });

  it('reads a name followed by how to be spoken to, in answer to the agent', () => {
    const named = (text: string) => analyzer.analyze(text, { expectingName: true }).selfName;
    assert.equal(named('Jo, direct is fine'), 'Jo');
    assert.equal(named('sam - warmer please'), 'Sam');
    assert.equal(named('Priya. I prefer direct'), 'Priya');
    // Not a name: a word that only opens the sentence, or a reply that is not to the question.
    assert.equal(named('Honestly, direct is better'), undefined);
    assert.equal(named('fine, direct is ok'), undefined);
    assert.equal(named('work, mostly, and my boss is direct'), undefined);
    assert.equal(
      analyzer.analyze('Jo, direct is fine', { expectingName: false }).selfName,
      undefined,
    );
  });

  it('reads a short reply to "what should I call you" as a name', () => {
    assert.equal(analyzer.analyze('sam', { expectingName: true }).selfName, 'Sam');
    assert.equal(analyzer.analyze("it's jo", { expectingName: true }).selfName, 'Jo');
    assert.equal(analyzer.analyze('sam', { expectingName: false }).selfName, undefined);
    assert.equal(analyzer.analyze('hello', { expectingName: true }).selfName, undefined);
    for (const greeting of ['hello there', 'hi everyone', 'hey again', 'hi Alliance']) {
      assert.equal(
        analyzer.analyze(greeting, { expectingName: true }).selfName,
        undefined,
        greeting,
      );
    }
  });

  it('recognises feelings only where they are feelings', () => {
    assert.deepEqual(
      analyzer.analyze('I feel down and lonely').feelings.map((f) => f.family),
      ['sadness', 'loneliness'],
    );
    assert.deepEqual(analyzer.analyze('I fell down the stairs').feelings, []);
  });

  it('tells greetings from content and counts words without punctuation', () => {
    assert.equal(analyzer.analyze('hello there').greetingOnly, true);
    assert.equal(analyzer.analyze('hello, work is hard').greetingOnly, false);
    assert.deepEqual(analyzer.analyze('Hi, I am Sam').contentLemmas, []);
    assert.equal(countWords("I'm fine, thanks!"), 3);
    assert.equal(countWords('🙂 ...'), 0);
  });
});

describe('complaints about the agent', () => {
  const cases: [string, string | undefined][] = [
    ['this is useless', 'this is useless'],
    ["you're just a bot", "you're just a bot"],
    ["you don't get it", "you don't get it"],
    ['this isnt helping', 'this isnt helping'],
    ['stop asking me that', 'stop asking'],
    ['work is useless without coffee', undefined],
    ['my boss does not listen', undefined],
    ['you helped last time', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected ? 'a complaint' : 'no complaint'}`, () => {
      assert.equal(analyzer.analyze(text).complaint, expected);
    });
  }
});

describe('focus statement', () => {
  const focus = (text: string) => focusStatement(text, analyzer.analyze(text).sentences);

  it('drops greetings and self-introductions', () => {
    assert.equal(focus('Hi, I am Sam'), undefined);
    assert.equal(focus("Hi, I'm Sam and I have been feeling low"), 'I have been feeling low');
    assert.equal(focus('my name is jo, work is hard'), 'work is hard');
    assert.equal(
      focus('ok fine, I have been anxious about my driving test'),
      'I have been anxious about my driving test',
    );
    assert.equal(focus('Fine is not the word I would use'), 'Fine is not the word I would use');
  });

  it('prefers the sentence that names a difficult feeling', () => {
    assert.equal(
      focus('Hello. My boss keeps shouting at me. I feel worthless.'),
      'I feel worthless',
    );
  });

  it('keeps long statements to one reflectable clause', () => {
    const long =
      'I have been really anxious about work lately, because my manager keeps changing every deadline and moving every goal, and then my partner says I never listen and I can not sleep at all';
    const result = focus(long)!;
    assert.ok(result.split(/\s+/).length <= 30, result);
    assert.ok(result.startsWith('I have been really anxious about work lately'));
  });
});
