import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

// The rules alone: a test must not pass only because the learned scorer happened to agree.
const detector = ruleRiskDetector();

describe('indirect suicide rules: passive wish to be dead', () => {
  for (const text of [
    'most nights I pray neither of us wakes up',
    "I'd like to go to bed and never wake up again",
    'honestly the only thing I would change is the bit where I have to wake up each day',
    'I just want to drift away in my sleep like grandma did',
    'part of me hopes the cancer wins this time',
    'lying there hoping my heart finally gives out',
    "if I passed away in my sleep I'd be relieved",
    'they told me the scan was all clear and I was gutted',
    'some days I think God should take me already',
    'not existing sounds so peaceful',
    'I overdosed last month and I am annoyed that I didn’t.',
    "I wish I'd never been born, every single day",
    'what if I just never came home from my run',
    'my will to live? I ran out of it years ago',
    "I'm running out of reasons to stay alive",
    "I don't see why I should keep going after losing him",
    'a dirt nap sounds pretty good rn',
    'honestly im so done with living at this point',
  ]) {
    itFlags(detector, text, 'suicide');
  }
  for (const text of [
    "I'd love to lie down and sleep till noon",
    "I'd love to lie down and not get up until lunchtime on Sunday",
    'God take me to the beach, I need a holiday',
    'Oh God, take me back to Greece',
    "hoping we don't wake up the baby when we get in",
    'I wish I could slip away from this party early',
    "I'm going to slip away for a weekend in the lakes",
    'the doctor said the lump was benign and I was so relieved',
    'dying sounds awful honestly, I am terrified of it',
    'a long nap sounds good right now',
    'this traffic is killing me, hurry up',
    'I nearly died laughing and I am annoyed that I did not film it',
    "I'm so done with this week honestly",
    "I don't know why I should keep going to this class",
    "I'm running out of reasons to stay in this job",
    'my phone died at 3% and so did my will to live',
    'might as well go now and beat the traffic',
    "what if I didn't come back from the trip in time for the wedding",
  ]) {
    itFlags(detector, text, null);
  }
});

describe('indirect suicide rules: burdensomeness and replaceability', () => {
  for (const text of [
    'my existence is just a drain on my family',
    'the kids would get the life insurance and a fresh start',
    "I think he'd be better off with a different dad, not me",
    'my daughter would be happier remembering me from photos than living with me like this',
    "I'm the issue here. get rid of me and it's fixed",
    'if I disappeared my parents would cry for a week and then be relieved',
    "who'd actually miss me, be honest",
    'honestly I would be better off not around',
  ]) {
    itFlags(detector, text, 'suicide');
  }
  for (const text of [
    'we changed life insurance provider for a fresh start with the new house',
    "my kids would be better off with a different dad honestly, he's useless",
    'My friend says her kids would be better off with a different mother, how do I help her?',
    'who would miss me at the party if I did not go',
    'would anyone miss me if I left the group chat',
    'If I disappeared for a week my team would be fine',
    "I'm the problem, it's me, hi - love that song",
  ]) {
    itFlags(detector, text, null);
  }
});

describe('indirect suicide rules: slang, euphemism and misspelling', () => {
  for (const text of [
    'welp, gonna rope',
    'considering alt f4 on myself',
    'i want to uninstall me',
    'wish i could erase myself from existence',
    'I think tonight is when I shut down for good.',
    'been thinking about the s word again. like actually doing it',
    'plan: suicide. that is the plan',
    'been so suicidle this week',
    'i am sui cidal again',
    'still suisidal tbh',
  ]) {
    itFlags(detector, text, 'suicide');
  }
  for (const text of [
    'time to rope in some volunteers for the bake sale',
    "we'll rope off the area tomorrow",
    'alt+f4 the game, it keeps crashing',
    'how do I delete my account from this app',
    "I'm going to switch off for good from social media",
    'the goal: suicide prevention training for all staff',
    'I succeeded, we sussed it, and she sued',
  ]) {
    itFlags(detector, text, null);
  }
});

describe('indirect suicide rules: following someone, and active intent said obliquely', () => {
  for (const text of [
    'my aunt took her own life in 2019 and I think I will go the same way',
    'since my dad shot himself I keep getting pictures of me doing the same thing',
    'my best mate killed himself last spring. lately I think he had the right idea',
    'my dad took his own life. I have the same thoughts about taking mine',
    "I survived my first attempt at 20 and I'll get it right next time",
    "I'm not suicidal, I've just got a deadline.",
    'My diary is full of plans to die',
  ]) {
    itFlags(detector, text, 'suicide');
  }
  for (const text of [
    'My dad died of cancer and I am scared I will end up the same way, should I get screened?',
    'my mum took her own life when I was nine and for years I thought I would go the same way. I am 40 now and I know I will not',
    'Since mum died my dad keeps saying "I\'ll be with her soon", should I worry?',
    'I survived a first attempt at the bar exam and I will get it right next time',
    "I'm not suicidal, I just have a plan for my career",
    'I have no plans to die any time soon, just exhausted',
  ]) {
    itFlags(detector, text, null);
  }
});

describe('indirect suicide rules: risk in the middle of a check-in', () => {
  itFlags(
    detector,
    'goals this week: sleep earlier, call my sister, stop wishing I had never been born. anyway the breathing exercise went ok',
    'suicide',
  );
  itFlags(
    detector,
    "Journal's going fine. Honestly if a lorry hit me on the way to work I wouldn't be too upset. Anyway, mood 4/10.",
    'suicide',
  );
  itFlags(
    detector,
    'goals this week: sleep earlier, call my sister, stop comparing myself to others. anyway the breathing exercise went ok',
    null,
  );
});

describe('misspellings keep evidence on what was written', () => {
  it('points evidence at the original letters, after emoji too', () => {
    const text = '🙂🙂 im so sucidle rn';
    const result = detector.assess(text);
    const evidence = result.evidence.find((e) => e.category === 'suicide');
    assert.ok(evidence, JSON.stringify(result));
    assert.equal(text.slice(evidence.start, evidence.end), evidence.text);
    assert.match(evidence.text, /sucidle/u);
    assert.ok(!evidence.text.startsWith(' '), evidence.text);
  });
});
