import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from './rule-risk-detector.ts';

const detector = ruleRiskDetector();

describe('rule risk detector', () => {
  const cases: [text: string, level: string][] = [
    // explicit first-person intent and thoughts
    ['I want to kill myself', 'high'],
    ["I'm going to end my life", 'high'],
    ['i think about killing myself every day', 'high'],
    ['I feel so suicidal', 'high'],
    ['been having suicidal thoughts again', 'high'],
    ['im gonna unalive myself', 'high'],
    ['honestly kms', 'high'],
    ['I want to take my own life', 'high'],
    // wishes to be dead
    ["I don't want to live anymore", 'moderate'],
    ['I just want to die', 'moderate'],
    ['I wish I was dead', 'moderate'],
    ["I don't know, I just want to die", 'moderate'],
    // a time or a method with intent
    ['I want to kill myself tonight', 'imminent'],
    ["I've got the pills and I'm going to end my life tonight", 'imminent'],
    ['I wrote a goodbye letter, I am going to kill myself', 'imminent'],
    // negation, third person, figurative language and ordinary talk
    ["I'm not suicidal, just stressed", 'none'],
    ['I would never kill myself', 'none'],
    ["I don't feel suicidal", 'none'],
    ['my friend wants to kill herself, how can I help her?', 'none'],
    ['My sister has suicidal thoughts', 'none'],
    ['this homework is killing me', 'none'],
    ["I'd kill for a pizza", 'none'],
    ["I'm dying to see that film", 'none'],
    ['I have been really anxious about work lately', 'none'],
    // past and resolved
    ["I used to feel suicidal but I've been fine for years", 'low'],
  ];
  for (const [text, level] of cases) {
    it(`rates "${text}" as ${level}`, () => {
      assert.equal(detector.assess(text).level, level);
    });
  }

  it('gives the span and rule behind each finding so a clinician can see why', () => {
    const text = 'Work is awful and I want to kill myself tonight.';
    const result = detector.assess(text);
    assert.deepEqual(result.categories, ['suicide']);
    for (const evidence of result.evidence) {
      assert.equal(text.slice(evidence.start, evidence.end), evidence.text);
      assert.match(evidence.rule, /^(?:suicide|modifier)\./);
    }
    assert.ok(result.evidence.some((e) => e.rule === 'modifier.timeframe' && e.text === 'tonight'));
    assert.equal(result.detector, 'rules@2');
  });

  it('treats a yes to a direct question about suicide as high risk', () => {
    const context = { previousAgentText: 'Are you thinking about ending your life?' };
    assert.equal(detector.assess('yes', context).level, 'high');
    assert.equal(detector.assess('yeah, sometimes', context).level, 'high');
    assert.equal(detector.assess('no, not at all', context).level, 'none');
    assert.equal(
      detector.assess('yes', { previousAgentText: 'Would you like to go on?' }).level,
      'none',
    );
  });

  it('notes risk described in someone else without raising the speaker level', () => {
    const friend = detector.assess('my friend wants to kill herself, how can I help her?');
    assert.equal(friend.level, 'none');
    assert.deepEqual(
      friend.aboutOthers.map((e) => e.text),
      ['kill herself'],
    );
    assert.equal(detector.assess('My sister has suicidal thoughts').aboutOthers.length, 1);
    assert.equal(detector.assess("he's been really suicidal lately").aboutOthers.length, 1);
    assert.deepEqual(detector.assess('I want to kill myself').aboutOthers, []);
    // Both at once: the speaker's own risk still counts in full.
    const both = detector.assess('my brother tried to end his life and now I want to die too');
    assert.equal(both.level, 'moderate');
    assert.equal(both.aboutOthers.length, 1);
  });

  it('handles curly apostrophes the way phones type them', () => {
    assert.equal(detector.assess('I don’t want to live anymore').level, 'moderate');
    assert.equal(detector.assess('I’m not suicidal').level, 'none');
  });
});
