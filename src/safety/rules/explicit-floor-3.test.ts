import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements of own risk, third floor (explicit-floor-3)', () => {
  describeFamily(
    detector,
    'the wish to be dead, reworded',
    'suicide',
    'moderate',
    [
      "honestly i'd trade everything to be dead by christmas",
      'I want to be done with living, properly done',
      'what I need is for my life to be over, I want my life to end',
      "it's life I need to quit, not the gym membership",
      'I think it is time for me to leave this earth',
    ],
    [
      "I'd give anything to be dead to the world on a sofa after this shift",
      "'Time to leave this world,' said the captain in the final scene of the film",
      'I want to quit my job and my life in London and move to the coast',
    ],
  );
  describeFamily(
    detector,
    'ideation constant',
    'suicide',
    'moderate',
    [
      'success would look like a day where I didnt want to die',
      'all I could think about was killing myself the whole shift',
      "I wouldn't want to die each day, that's what better would look like",
    ],
    [
      'all I can think about is the death of my grandad last spring',
      "a day where I don't think about work would be lovely",
    ],
  );
  describeFamily(
    detector,
    'method dwelt on',
    'suicide',
    'high',
    [
      'I keep imagining what would happen to my body once I step off',
      'I think about swerving my car into the barrier on purpose',
      "I've started googling methods.",
      'ending it all soon, not sure how yet',
      'I could stop taking my insulin so my body gives out',
    ],
    [
      'what happens to my body after I jump out of a plane on the tandem skydive',
      'the kids crashed their bikes on purpose into the hedge',
      'I was looking up ways to save money on the weekly shop',
    ],
  );
  describeFamily(
    detector,
    'a plan and a time affirmed',
    'suicide',
    'imminent',
    [
      'yes I have a plan, and yes I know when',
      "Yes, I've got a plan. I know the date.",
      'yes i do have a plan and i know the day',
    ],
    [
      'yes I have a plan. I know when I start the new job, it is the 4th',
      'I have a plan for the garden and I know when to sow the seeds',
    ],
  );
  describeFamily(
    detector,
    'self-injury named plainly',
    'self_harm',
    'high',
    [
      'I hold the blade to my arm wondering how deep I could cut',
      "I've given up resisting the urge to self-harm",
      'started the blade thing again last week',
      'went back to my old habits and burned myself with a lighter',
      'The scratches on my legs are not from the cat. I make them with a pin.',
    ],
    [
      'I wonder how deep I could go on one breath when we snorkel',
      'I cut out paper snowflakes and the scratches on the table, I made them with scissors',
    ],
  );
  describeFamily(
    detector,
    'self-harm disclosed as it happens',
    'self_harm',
    'imminent',
    [
      "I'm doing it now, there's blood on the towel",
      'i am doing it right now in the bathroom',
      'im doing it right now and I wanted someone to know',
    ],
    [
      "I'm doing it right now, the tax return, wish me luck",
      "I'm doing it now, the homework, then dinner",
    ],
  );
  describeFamily(
    detector,
    'harm to others, intent with a means',
    'harm_to_others',
    'high',
    [
      "if he touches my car again I'll smash his face",
      "I'm going over to snap his fingers one by one",
      "I'm taking the hammer tonight and making him pay",
    ],
    [
      "I'm bringing the hammer to fix the shelf at mum's",
      'the physio says I should not break my fall with my arms',
    ],
  );
  describeFamily(
    detector,
    'harm to others, act begun on a person',
    'harm_to_others',
    'high',
    [
      'I pressed the cushion over her face until she went still, then I stopped',
      "I've been smacking my daughter when she cries at night",
      "I can't stop the thoughts of stabbing my husband while he sleeps",
    ],
    [
      "I've started hitting my son's tennis balls back to him at the park",
      'I put a cushion on the chair for her back',
    ],
  );
  describeFamily(
    detector,
    'abuse named plainly',
    'abuse',
    'high',
    [
      'she wraps her hands round my throat when I answer back',
      "he's thrown a plate at me twice tonight",
      'someone has been in my house again, my ex never gave back the spare key',
    ],
    [
      'my grandad puts his hands around my shoulders when we take photos',
      "someone's been in my room and eaten my chocolate, it was my brother",
    ],
  );
  describeFamily(
    detector,
    'abuse, danger right now',
    'abuse',
    'imminent',
    [
      "she's saying she'll do me in if I call anyone",
      "hiding in the wardrobe typing this, he's banging on the door",
      'he is threatening he will do the both of us',
    ],
    ["I'm typing this on the bus, the kids are fine", 'he said he will do the washing up later'],
  );
  describeFamily(
    detector,
    'an overdose told plainly',
    'medical_emergency',
    'imminent',
    [
      'swallowed twenty of my codeine about an hour ago',
      'fifteen sleeping pills down and I feel sick',
      'I took the whole packet, waiting for it to kick in',
    ],
    [
      'took 2 paracetamol an hour ago for my headache, feeling better',
      'took the whole box of chocolates to work and it was gone by lunch',
    ],
  );
  describeFamily(
    detector,
    'poison swallowed',
    'medical_emergency',
    'imminent',
    [
      'I think I swallowed some bleach from the unlabelled bottle',
      'my toddler drank some of the antifreeze from the garage',
      'my daughter may have taken two of my blood pressure tablets',
    ],
    [
      'I bought bleach and a new mop today',
      'my daughter has taken her tablets this morning with breakfast',
    ],
  );
  describeFamily(
    detector,
    'collapsed, not waking',
    'medical_emergency',
    'imminent',
    [
      "collapsed in the kitchen and he won't wake up",
      "collapsed on the stairs, can't wake her",
      "mum's collapsed after lunch and i can't wake her",
    ],
    [
      "the tent collapsed in the night and the kids didn't even wake up",
      'the shelf collapsed. anyway',
    ],
  );
  // Someone else named as the one who collapsed, with or without "my": concern for them, which
  // the agent answers by urging emergency services for them now (supportForOther).
  it('reports a relative who collapsed and will not wake as concern for them', () => {
    for (const text of [
      "Dad collapsed in the kitchen and won't wake up",
      'Grandma collapsed after lunch and will not come round',
      "my flatmate collapsed and won't wake up",
    ]) {
      const result = detector.assess(text);
      assert.equal(result.level, 'none', text);
      assert.deepEqual(
        result.aboutOthers.map((item) => item.category),
        ['medical_emergency'],
        text,
      );
    }
  });
});
