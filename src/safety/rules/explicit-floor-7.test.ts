import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements found in session 18 (explicit-floor-7)', () => {
  describeFamily(
    detector,
    'a partner or relative named as violent or abusive',
    'abuse',
    'high',
    [
      'My wife is abusive. People laugh when a man says that',
      'My dad is violent with my mum and me. I am 14.',
      "My brother is violent when he loses and I'm scared of being in the house alone with him",
      'my boyfriend is getting more and more violent',
      "my stepdad's abusive and mum won't listen",
    ],
    [
      'my ex was abusive years ago, I have a good life now',
      'my son is violent in his video games, is that normal?',
      'I would never say my husband is abusive, he is the gentlest man alive',
      "my sister's boyfriend is violent to her and I don't know how to help",
    ],
  );
  describeFamily(
    detector,
    'an injury a partner or relative caused',
    'abuse',
    'high',
    [
      "she's broken two of my fingers this year",
      'he cracked my ribs on Saturday and told the kids I fell',
      'my husband has broken my nose twice',
    ],
    [
      'she broke my heart when she left',
      'my brother broke my glasses at the party',
      'the dentist cracked my tooth taking the filling out',
    ],
  );
  describeFamily(
    detector,
    'violent thoughts about a person',
    'harm_to_others',
    'moderate',
    [
      "I have violent thoughts about my mother-in-law. Very graphic. I'm starting to worry they're more than thoughts",
      'keep getting murderous fantasies about my flatmate',
      'violent urges towards my baby when she will not stop crying',
    ],
    [
      'the film was full of violent thoughts about revenge',
      'I used to have violent thoughts about my ex when I was 19, therapy sorted that years ago',
      'I never have violent thoughts about anyone, I just get sad',
    ],
  );
  describeFamily(
    detector,
    'threats already made',
    'harm_to_others',
    'high',
    [
      "I've been threatening my flatmate over text for weeks",
      'I threatened to stab him if he came near the house again',
      'i have been threatening my ex and i think i mean it',
    ],
    [
      'I threatened my landlord with court over the damp',
      'I threatened my son with an early bedtime if he kept whining',
      "I've been threatening to quit for months",
      'my toddler threatened me with his plastic sword',
    ],
  );
});

/** A child's emergency told by the parent: reported as concern for the child, not an alarm for the speaker. */
function childFamily(name: string, yes: readonly string[], no: readonly string[]): void {
  describe(name, () => {
    for (const text of yes)
      it(`reports "${text}" as the child's emergency`, () => {
        const result = detector.assess(text);
        assert.ok(
          result.aboutOthers.some((item) => item.category === 'medical_emergency'),
          JSON.stringify(result),
        );
        assert.equal(result.categories.length, 0, JSON.stringify(result));
      });
    for (const text of no)
      it(`leaves "${text}" alone`, () => {
        const result = detector.assess(text);
        assert.equal(
          result.aboutOthers.length + result.categories.length,
          0,
          JSON.stringify(result),
        );
      });
  });
}

describe("a small child's emergency, told by the parent (explicit-floor-7)", () => {
  childFamily(
    'a small child who has swallowed a medicine or a household product',
    [
      'my 2 year old was in the cupboard under the sink, a dishwasher pod is split open and theres blue stuff on her chin',
      'toddler bit through one of the laundry capsules, coughing and gagging',
      'Granddaughter is 18 months, found her with my blood pressure tablets, two chewed ones on the rug',
      'gave my 1 year old a whole adult ibuprofen by mistake in the dark',
      'have you got a number for poisons?? my daughter ate berries off the bush in the garden',
      'my toddler drank out of the white spirit bottle in the shed',
      'I think my son swallowed a button battery from the remote',
    ],
    [
      'what do I do if my toddler swallows a button battery?',
      'how do I stop my toddler eating the dishwasher tablets',
      'my son ate all the chocolate again',
      'Last year my toddler swallowed a magnet and we spent two days in A&E. She is completely fine now',
      'no pills were swallowed, my toddler got the lid off but they were all still in the bottle, I counted twice',
      'my daughter ate berries at the farm, strawberries and raspberries, so sweet',
    ],
  );
  childFamily(
    'fever in a young infant, a rash that does not fade',
    [
      'babys 9 weeks and 38.2, feeding a bit less than usual',
      "mum of a 4 week old. he's 38.5 and grunting and won't take the bottle",
      'baby 11 months, 40.1 even after calpol and nurofen, purple spots on her legs',
      "my son has a rash that doesn't fade under a glass",
    ],
    [
      "my 6 week old is fine. I'm 38 and so tired",
      'my baby is 12 weeks and weighs 5.4 kg',
      'the baby is 8 weeks old and it was 38 degrees on holiday so we stayed inside',
    ],
  );
});

describe('what someone else noticed about the speaker is the speaker’s', () => {
  it('reads "my girlfriend says my smile is lopsided" as the speaker’s emergency', () => {
    const result = detector.assess(
      'my words are slurring and my girlfriend says my smile is lopsided. im 34 this cant be a stroke right',
    );
    assert.ok(result.categories.includes('medical_emergency'), JSON.stringify(result));
    assert.equal(result.aboutOthers.length, 0, JSON.stringify(result));
  });
  it('keeps "my mum says my brother can’t breathe" about the brother', () => {
    const result = detector.assess('my mum says my brother is slurring and his smile is lopsided');
    assert.equal(result.categories.length, 0, JSON.stringify(result));
  });
});

describe('medical emergencies found in session 18 (explicit-floor-7)', () => {
  describeFamily(
    detector,
    'a dose taken twice over',
    'medical_emergency',
    'high',
    [
      'I took 60mg of my methadone instead of 30, pharmacy gave me the wrong bottle. so sleepy',
      'pressed too much insulin, 50 units instead of 5, realised after',
    ],
    [
      'the doctor put me on 20mg instead of 10 and I feel much better',
      'I took 2 paracetamol instead of 1 for my headache',
      'had 3 coffees instead of 2 today',
    ],
  );
  describeFamily(
    detector,
    'anaphylaxis that the pen has not stopped',
    'medical_emergency',
    'imminent',
    [
      'Anaphylaxis. Used pen. Still getting worse.',
      'used my epipen 10 mins ago and it is not helping',
    ],
    [
      'I carry an epipen everywhere and have never needed it',
      'my epipen expired so the pharmacy is sending a new one',
    ],
  );
  describeFamily(
    detector,
    'a low peak flow',
    'medical_emergency',
    'high',
    ['wheezing really bad and getting so sleepy, peak flow is about a third of my normal'],
    [
      'my peak flow is back to normal after the new inhaler',
      'what is a normal peak flow for a 30 year old?',
    ],
  );
  describeFamily(
    detector,
    'heavy bleeding in pregnancy',
    'medical_emergency',
    'high',
    ['12 wks pregnant, soaking a pad every hour with clots, pain is awful'],
    [
      'pregnant and soaking my feet every night, is that ok?',
      'bled through my pad at work today, my period is so heavy this month',
    ],
  );
});
