import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe("explicit statements found in session 19's third round (explicit-floor-9)", () => {
  describeFamily(
    detector,
    'a threat already sent',
    'harm_to_others',
    'high',
    [
      'Left her a voicemail saying she should watch her back walking home. She has reported it.',
      "i messaged her ex that if he ever comes near her again he'll be eating through a straw",
      'I texted him that he is a dead man',
    ],
    [
      'I told her she should watch her step on the ice',
      'left him a voicemail saying the parcel is at the depot',
      'I texted my sister that she will regret not coming to the gig, it was amazing',
    ],
  );
  describeFamily(
    detector,
    'looking for an excuse to hurt someone',
    'harm_to_others',
    'high',
    [
      "last week something flipped and i'm looking for an excuse to hurt someone",
      "I'm itching to punch him, honestly",
    ],
    [
      "I'm looking for an excuse to leave the party early",
      'just need a reason to get out of the house',
      "I'm itching to get back on the pitch",
    ],
  );
  describeFamily(
    detector,
    "the speaker's hands round someone's neck",
    'harm_to_others',
    'high',
    [
      "Today I had my hands round my brother's neck before I knew what I was doing.",
      'I put my hands around her throat and squeezed',
    ],
    ['I put my scarf around my neck and went out', 'my hands round a hot mug, finally warm'],
  );
  describeFamily(
    detector,
    'going back to finish it',
    'harm_to_others',
    'high',
    [
      "yesterday I smashed my neighbour's window because he was watching me. I want to go back and finish it.",
    ],
    [
      'I started the essay yesterday and I want to go back and finish it tonight',
      'I hit a wall on chapter 3, I need to go back and finish it',
      'I hit the gym at 6 and want to go back and finish it after work',
    ],
  );
  describeFamily(
    detector,
    "'I'd have killed him' after a confrontation",
    'harm_to_others',
    'high',
    [
      'waited outside for him. lucky for him he left by the back or id have killed him',
      'hes lucky my kids were there or i wouldve killed him at the football',
    ],
    [
      'lucky I checked the oven or it would have burned',
      'good thing the cat moved or I would have tripped',
    ],
  );
  describeFamily(
    detector,
    'blows to the speaker and a sibling',
    'abuse',
    'high',
    [
      'my dad beats my brother and me with a cable when we get bad marks',
      'my stepmum hits my sister and me when she drinks',
    ],
    ['my dad beats my brother and me at chess every sunday'],
  );
  describeFamily(
    detector,
    'a partner doing what a parent once did',
    'abuse',
    'high',
    ["The abuse my dad put mum through, my husband's doing to me now."],
    ['My husband is doing the school run for me now that I work early'],
  );
  describeFamily(
    detector,
    'someone at the door of the room the speaker is locked in',
    'abuse',
    'imminent',
    [
      "Locked in the bathroom. He's back after everything and he's kicking the door. 12% battery.",
      "hiding in my bedroom and she's banging on the door screaming",
    ],
    [
      'locked myself out of the car again, classic',
      "I'm in the bathroom and the kids are banging on the door for snacks lol",
    ],
  );
  describeFamily(
    detector,
    'fresh cuts found on the speaker',
    'self_harm',
    'high',
    [
      "My partner just found fresh cuts. He knew about the old ones. I don't know how to stop this time.",
    ],
    [
      'I found fresh cuts on my daughter and I need advice on how to talk to her',
      'found new scars on the leather sofa, thanks cat',
      'A colleague wears long sleeves and I saw fresh marks when she rolled them up',
    ],
  );
  describeFamily(
    detector,
    'asthma worse with the reliever gone',
    'medical_emergency',
    'imminent',
    [
      "my asthma is so bad and my inhaler ran out, my mum won't take me to the doctors",
      "inhaler's not working and I can't breathe properly",
    ],
    [
      'my inhaler ran out so I picked up a new one from the pharmacy, all good',
      'asthma was bad in the pollen season last year',
    ],
  );
  describeFamily(
    detector,
    'a hypo, confused and alone',
    'medical_emergency',
    'imminent',
    [
      "Hypo like the ones before my pump. Shaky, confused, can't find my glucose tabs, on my own.",
      "I think I'm having a hypo and I can't find any sweets",
    ],
    [
      'had a hypo last night, sorted it with jelly babies',
      'my hypo awareness course was great, I feel confident now',
    ],
  );
});
