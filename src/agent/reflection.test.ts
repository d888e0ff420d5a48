import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCrisisResources, resourcesForLocale } from '../safety/index.ts';
import { guardReply } from './output-guard.ts';
import { addressesAgent, secondPerson } from './reflection.ts';

describe('second person reflection', () => {
  const cases: [string, string][] = [
    ["I've been really anxious about work lately", "you've been really anxious about work lately"],
    ['I am worried about my mum', 'you are worried about your mum'],
    ['I was scared of losing my job.', 'you were scared of losing your job'],
    ["I'm tired of people telling me what to do", "you're tired of people telling you what to do"],
    ['Work is hard and I hate myself for it', 'work is hard and you hate yourself for it'],
    ['My boss yells at me', 'your boss yells at you'],
  ];
  for (const [input, expected] of cases) {
    it(`turns "${input}" into "${expected}"`, () => assert.equal(secondPerson(input), expected));
  }

  it('keeps names and proper nouns capitalised', () => {
    assert.equal(secondPerson('London has been lonely for me'), 'London has been lonely for you');
  });

  it('spots statements to the agent, which a swap would garble', () => {
    assert.equal(addressesAgent("you don't get it"), true);
    assert.equal(addressesAgent('I feel stuck'), false);
  });
});

describe('output guard', () => {
  const resources = resourcesForLocale(loadCrisisResources(), 'en-US');

  it('adds every missing crisis line and the emergency number to a safety move', () => {
    const reply = guardReply('crisis_response', 'That sounds hard.', {
      resources,
      opensSession: false,
      safetyMode: true,
    });
    assert.match(reply, /^That sounds hard\./);
    assert.match(reply, /911/);
    for (const line of resources.lines) assert.ok(reply.includes(line.contact), line.contact);
  });

  it('leaves a complete safety reply and ordinary replies alone', () => {
    const complete = `Call 911 or 988, or see findahelpline.com.`;
    assert.equal(
      guardReply('safety_question', complete, { resources, opensSession: false, safetyMode: true }),
      complete,
    );
    assert.equal(
      guardReply('reflect_and_explore', 'So work is hard.', {
        resources,
        opensSession: false,
        safetyMode: false,
      }),
      'So work is hard.',
    );
  });

  it('ends a direct question about risk with one the safety module can read the answer against', () => {
    const check = (text: string, riskCheck: 'suicide' | 'abuse') =>
      guardReply('check_risk', text, {
        resources,
        opensSession: false,
        safetyMode: false,
        riskCheck,
      });
    // A responder's own wording that asks about the category is kept as it is.
    const own = 'May I ask you plainly: are you thinking about killing yourself?';
    assert.equal(check(own, 'suicide'), own);
    // A vague question, or one about another risk, gets the question added last.
    assert.equal(
      check('That sounds heavy. How are you feeling?', 'suicide'),
      'That sounds heavy. How are you feeling? Are you having thoughts of suicide?',
    );
    assert.match(check(own, 'abuse'), /Is someone hurting you, or making you afraid\?$/);
    // "Are you safe?" reads a yes as safety: it is not a question about the risk.
    assert.match(check('Are you safe at home?', 'abuse'), /making you afraid\?$/);
    assert.equal(check('', 'suicide'), 'Are you having thoughts of suicide?');
  });

  it('keeps the emergency number in every reply while safety mode is on', () => {
    assert.equal(
      guardReply('reflect_and_explore', 'Tell me more.', {
        resources,
        opensSession: false,
        safetyMode: true,
      }),
      'Tell me more. (If you are in danger, call 911.)',
    );
  });

  it('puts the AI disclosure into the first message of a session when it is missing', () => {
    assert.match(
      guardReply('reflect_and_explore', 'Hello!', {
        resources,
        opensSession: true,
        safetyMode: false,
      }),
      /^I'm an AI, not a person or a therapist, and not an emergency service \(in danger, call 911\)\. Hello!$/,
    );
    assert.equal(
      guardReply('open_session', "Hi. I'm an AI.", {
        resources,
        opensSession: true,
        safetyMode: false,
      }),
      "Hi. I'm an AI.",
    );
  });
});
