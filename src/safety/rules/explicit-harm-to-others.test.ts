import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags, itRates } from './rule-test-support.ts';

// Explicit statements of harm to others that the rules alone must catch, without the word model,
// and the look-alikes (figurative anger, sport, fiction, someone else's violence, parenting
// frustration, accidents) that must stay quiet. The phrasings are written for these tests, not
// copied from the training pools.
const detector = ruleRiskDetector();

describe('harm to others: pictured and intrusive harm to a person', () => {
  itFlags(
    detector,
    'I keep picturing stabbing my stepdad while he watches telly',
    'harm_to_others',
  );
  itFlags(detector, "I can't stop imagining drowning my newborn in the bath", 'harm_to_others');
  itFlags(
    detector,
    'horrible thoughts keep popping into my head about strangling my wife',
    'harm_to_others',
  );
  itFlags(
    detector,
    'I have started fantasising about hurting a certain colleague',
    'harm_to_others',
  );
  itFlags(detector, 'some nights I feel like pressing a cushion over her face', 'harm_to_others');
  itFlags(detector, 'I keep picturing my hands around my landlord’s throat', 'harm_to_others');
  itFlags(detector, 'I get urges to push a stranger in front of the bus', 'harm_to_others');
  itFlags(
    detector,
    'I have thoughts of steering into pedestrians on the high street',
    'harm_to_others',
  );
  itFlags(detector, 'I have urges to slap my elderly dad when he spills his tea', 'harm_to_others');
  itFlags(detector, 'I keep picturing beating my brother at chess this weekend', null);
  itFlags(detector, 'I was thinking about shooting my sister a text later', null);
  itFlags(detector, 'I imagine pushing my son on the swings when I am at work', null);
  itFlags(detector, 'in the game I keep imagining killing the boss on the last level', null);
});

describe('harm to others: wanting to, and going round to, injure someone', () => {
  itFlags(detector, 'I want to put his head through the window', 'harm_to_others', 'high');
  itFlags(detector, "I swear I'll put her in hospital if she comes near my kids", 'harm_to_others');
  itFlags(detector, "I'm gonna go over there and smash his face in", 'harm_to_others', 'high');
  itFlags(detector, 'I want to track down the lad who did it and stab him', 'harm_to_others');
  itFlags(detector, 'I need to stop wanting to kill my sister-in-law', 'harm_to_others');
  itFlags(detector, 'want to hurt somebody. anybody. everyone', 'harm_to_others');
  // Whoever runs the speaker's work is a person they may name too.
  itFlags(detector, 'I want to kill my employer', 'harm_to_others', 'high');
  itFlags(detector, "i'm going to hurt my supervisor when he comes in tomorrow", 'harm_to_others');
  itFlags(detector, 'my supervisor is killing me with these rotas', null);
  itFlags(detector, 'I want that driver dead.', 'harm_to_others', 'high');
  itFlags(detector, 'that driver nearly killed me lol', null);
  itFlags(detector, 'I could kill him for eating my lunch', null);
  itFlags(detector, 'I could murder a curry right now', null);
  itFlags(detector, "I'm going to go round there and fix his boiler", null);
  itFlags(detector, 'my mum will put me in hospital if she sees my room lol', null);
});

describe('harm to others: threats already made', () => {
  itFlags(detector, 'I texted my ex that I would slit his throat', 'harm_to_others', 'high');
  itFlags(
    detector,
    "I told the guy at the bus stop I'd stab him if he spoke to me again",
    'harm_to_others',
  );
  itFlags(detector, 'I warned my flatmate I will break his jaw next time', 'harm_to_others');
  itFlags(detector, "I'll make sure no one ever looks at her again", 'harm_to_others');
  itFlags(
    detector,
    'I messaged him: I know where he lives and he will pay for this',
    'harm_to_others',
  );
  itFlags(
    detector,
    "I'm going to kick his door in tonight and if he comes out he gets it as well",
    'harm_to_others',
  );
  itFlags(detector, 'I told my boss I would hand in my notice if nothing changes', null);
  itFlags(detector, 'I told her I would kill for a holiday like hers', null);
  itFlags(detector, 'I know where he lives, so I can drop his present round', null);
  itFlags(detector, 'I made a list of people at work to invite to my leaving do', null);
});

describe('harm to others: violence used, with fear of doing it again', () => {
  itFlags(
    detector,
    'I punched my husband during a row and I am scared of what I might do next',
    'harm_to_others',
    'high',
  );
  itFlags(
    detector,
    'I shoved my nan against the door and I do not trust myself anymore',
    'harm_to_others',
  );
  itFlags(
    detector,
    "I threw a plate at my partner and I can't control my temper",
    'harm_to_others',
  );
  itFlags(detector, 'I have been slapping my stepson and I hate myself for it', 'harm_to_others');
  itFlags(detector, 'I twisted her wrist so far and part of me enjoyed it', 'harm_to_others');
  itFlags(
    detector,
    'lost my temper with my dad and shoved him into the wall, I need help before I do something worse',
    'harm_to_others',
  );
  itFlags(detector, 'I hit the ball so hard today, scared I will break the window next time', null);
  itFlags(
    detector,
    'he tried to kiss me so I pushed him away and I am scared he will try again',
    null,
  );
  itFlags(detector, 'I tackled a guy at rugby and I am scared I will get sent off next time', null);
  itFlags(
    detector,
    'my boyfriend shoved me into the wall and I am scared of what he will do next',
    'abuse',
  );
});

describe('harm to others: strangling, and harm happening now', () => {
  itFlags(detector, 'I put my hands round her throat during the fight', 'harm_to_others', 'high');
  itFlags(
    detector,
    'last night I tried to smother my boyfriend with a pillow',
    'harm_to_others',
    'high',
  );
  itFlags(detector, 'I held a knife to my cousin’s throat', 'harm_to_others', 'high');
  itRates(detector, 'my hands are on his neck right now and I cannot let go', 'imminent');
  itRates(
    detector,
    'she is fast asleep and I am standing by the bed holding the knife',
    'imminent',
  );
  itRates(detector, 'picked up the crowbar, heading round to his right now', 'imminent');
  itFlags(detector, 'I put my hands round her neck and kissed her', null);
  itFlags(detector, 'the baby is asleep and I am holding the remote', null);
  itFlags(detector, 'I tried to strangle the weeds in the garden with a new hoe', null);
});

describe('harm to others: weapons readied for a particular person', () => {
  itFlags(
    detector,
    'I keep a knife in my car for when my ex shows up, I will use it',
    'harm_to_others',
  );
  itFlags(
    detector,
    'I am going round to my brother’s with a hammer, I have had enough',
    'harm_to_others',
  );
  itFlags(detector, 'I bought a taser and some zip ties', 'harm_to_others');
  itFlags(
    detector,
    'I stood over my husband with the iron and I was scared of myself',
    'harm_to_others',
  );
  itFlags(detector, 'I keep a bat by the bed for when burglars come', null);
  itFlags(detector, 'I am going over to my brother’s with a spanner to fix his bike', null);
  itFlags(detector, 'I bought a knife and some rope for the camping trip', null);
});

describe('harm to others: planning, following and research', () => {
  itFlags(
    detector,
    'I have been planning how to hurt the man who burgled us',
    'harm_to_others',
    'high',
  );
  itFlags(detector, "I spend hours working out what I'd do to him", 'harm_to_others');
  itFlags(detector, 'I keep thinking of ways to make my stepmum bleed', 'harm_to_others');
  itFlags(
    detector,
    'since he humiliated me I think about waiting for him outside the gym',
    'harm_to_others',
  );
  itFlags(detector, 'I have been following my old boss home from work', 'harm_to_others');
  itFlags(detector, 'I looked up how to cut his car brakes', 'harm_to_others');
  itFlags(detector, 'I will bring something to class and make them all sorry', 'harm_to_others');
  itFlags(
    detector,
    'I nearly rammed a van off the road yesterday, I keep thinking about ramming him off the road',
    'harm_to_others',
  );
  itFlags(detector, 'I followed my nan home from the shops to make sure she got in safely', null);
  itFlags(detector, 'I have been following my ex on instagram', null);
  itFlags(
    detector,
    'I have been following my little sister home from school to make sure she is okay',
    null,
  );
  itFlags(detector, 'I am heading round to the allotment with a hammer now to fix the shed', null);
  itFlags(detector, 'thinking about how to kill time before my train', null);
  itFlags(detector, 'a lorry forced me off the road this morning, what a day', null);
  itFlags(detector, 'I was waiting for her in the car park to give her a lift', null);
});

describe('harm to others: fear of snapping, and an infant', () => {
  itFlags(detector, 'I am frightened I will snap and hit one of my pupils', 'harm_to_others');
  itFlags(
    detector,
    "I'm worried that next time I'll shove my mum, she has dementia and I am so tired",
    'harm_to_others',
  );
  itFlags(
    detector,
    'I wanted to shake my baby when she screamed for hours so I put her down and walked out',
    'harm_to_others',
  );
  itFlags(detector, 'I am afraid I will hit someone with the car when I am reversing', null);
  itFlags(detector, 'I want to throttle my teenage son for leaving the fridge open', null);
});

describe('harm to others: animals as a step toward a person', () => {
  itFlags(detector, 'I am going to poison their cat and then him', 'harm_to_others', 'high');
  itFlags(
    detector,
    'the dog next door never shuts up, I am going to poison it, I already got the stuff',
    'harm_to_others',
  );
  itFlags(detector, 'I am going to poison the rats in the shed, I bought the stuff today', null);
});
