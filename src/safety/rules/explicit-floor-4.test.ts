import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements of own risk, fourth floor (explicit-floor-4)', () => {
  describeFamily(
    detector,
    'suicide intended in other words',
    'suicide',
    'high',
    [
      'I intend to end my own existence before the winter is out',
      "i'm wantin tae end ma own life, cannae dae this",
      "I have decided to die by suicide and I've told nobody else",
      'Suicide is all I can think about at work lately',
      "i'm ending it tonight, my choice",
      "Suicide has been on my mind for weeks and I've figured out how I'd do it",
      'is it true that people who kill themselves feel no pain? asking because I want to know before i do it',
    ],
    [
      "We've been thinking seriously about suicide prevention training for the staff",
      "I'm ending it tonight with him, he cheated again",
      "Twenty years ago I wanted to end my own life, but I'm in a much better place now",
      'She says she wants to end her own existence, my sister told me last night',
      "I don't want to end my own life, I just want the pain in my back to stop",
    ],
  );
  describeFamily(
    detector,
    'the means in position',
    'suicide',
    'imminent',
    [
      "I'm standing on a stool with the belt round my neck",
      "the gun's against my temple and I can't stop shaking",
      "I'm going to jump in front of the next train that comes through",
    ],
    [
      'my grandad had a rope around his neck in the photo from the circus act',
      "I'm not going to jump in front of the next train, I promise, I'm just tired",
      "He said he'd jump in front of the next train if she left him",
      "years ago I stood on a chair with a belt round my neck, I'm in a much better place now",
    ],
  );
  describeFamily(
    detector,
    'the wish to be dead in other words',
    'suicide',
    'moderate',
    [
      "I'd rather be in my grave than go back to that ward",
      'I just want the illness to take me now',
      "if there was a button to make me cease to exist, I'd press it",
    ],
    [
      "Reading about a woman who wanted to vanish so there'd be no body to bury, great thriller",
      "I'd rather be in a grave than watch another episode of that lol",
      'I want it to take me back to my childhood, that song',
    ],
  );
  describeFamily(
    detector,
    'self-injury in other words',
    'self_harm',
    'high',
    [
      'I sliced up my forearm last night with a razor',
      'Slashed my thigh again after the argument',
      'i hurt masel again last nicht, used the blade',
      "I take a knife to my own legs when it gets too much, it's not to die, just to feel it",
    ],
    [
      'The surgeon sliced my stomach open to take out the appendix',
      'I sliced my arm on the fence when I fell off the trampoline',
      "I used to slice my thighs at school but I've been clean for six years",
      'my friend slashed her wrists last year, I found her',
    ],
  );
  describeFamily(
    detector,
    'bleeding after cutting',
    'self_harm',
    'high',
    [
      "it's gushing out of my wrist since i cut it, it won't stop",
      "blood's pouring from my thigh after i sliced too far",
    ],
    [
      'the tap is gushing out water from my kitchen since i cut the pipe',
      'rain was pouring from my roof after i cut back the ivy',
    ],
  );
  describeFamily(
    detector,
    'violence meant against anyone',
    'harm_to_others',
    'high',
    [
      "I'm going to stab that bloke from the pub",
      'need to kill my stepdad. not joking',
      "I'm stabbing him the second he gets home",
      "I'll hit him until he can't stand",
    ],
    [
      "I'm going to kill my brother if he eats my pizza again lol",
      "I'm not going to kill my landlord, I'm going to take him to the tribunal",
      "He says he's going to stab the guy from his work",
      "I want to run my neighbour's dog over with kindness, it's so cute",
    ],
  );
  describeFamily(
    detector,
    'violence meant: a grave act spelt out',
    'harm_to_others',
    'high',
    [
      "i'm going to break both his legs when he gets out",
      'gonna make that prick bleed when I see him',
      'I want to hit him with the car next time he walks past',
    ],
    [
      "I'm going to put a bottle of wine over her place later",
      "I'm gonna mess him up at chess",
      "my brother wants to run his ex over, I'm scared he means it",
      "I'm not going to hurt him badly, I just want an apology",
    ],
  );
  describeFamily(
    detector,
    'violence begun, or a threat owned',
    'harm_to_others',
    'high',
    [
      'I keep slapping my toddler when she will not sleep',
      "i've started kicking my girlfriend when we argue",
      "My landlord is going to have an accident, I'll make sure of it.",
      "I've been following this girl from work home most nights",
    ],
    [
      "my dad keeps slapping my toddler and I don't know what to do",
      'I used to hit my little brother when we were kids',
      'My toddler is going to have an accident if we do not find a toilet',
      "I've been following a recipe at home for sourdough",
    ],
  );
  describeFamily(
    detector,
    'abuse named plainly',
    'abuse',
    'high',
    [
      'my boyfriend sexually assaulted me at a party',
      'im being beaten at home and nobody knows',
      'i get hit at home every night',
      "she's started punching me when she drinks",
    ],
    [
      'he never sexually assaulted me, it was consensual',
      'My friend told me her coach sexually assaulted her',
      "I'm being hit with so many bills this month",
      'I get beaten at chess by my son every night',
    ],
  );
  describeFamily(
    detector,
    'control and confinement',
    'abuse',
    'high',
    [
      'the nurses lock us in at night and take our phones',
      'My parents are forcing me to marry my cousin',
      "my son won't give me back my walking stick and laughs at me",
      "my ex keeps breaking into my house when I'm at work",
    ],
    [
      'my little brother locked me in the bathroom by accident this morning',
      'My brother was forced to marry at 16, my parents did it',
      "nobody's forcing me to marry him, I want to",
    ],
  );
  describeFamily(
    detector,
    'an overdose or poison swallowed',
    'medical_emergency',
    'imminent',
    [
      "I swallowed a big gulp of my nan's methadone thinking it was juice",
      'swallowed about two packs of paracetamol an hour ago',
      'I drank about a cupful of the antifreeze from the garage',
    ],
    [
      'the kids drank a bottle of juice while I cleaned with bleach',
      'my son drank a bottle of bleach when he was two, he was fine',
      'read about a man who swallowed a button battery, so scary',
    ],
  );
  describeFamily(
    detector,
    'signs that cannot wait',
    'medical_emergency',
    'imminent',
    [
      "pretty sure it's a stroke, my face won't move on one side",
      'there is so much blood soaking through the towel from the cut',
      "I keep drooling and I can't swallow, something is stuck",
    ],
    [
      "My dad thinks he's having a heart attack, his chest hurts",
      "I think it's a stroke of genius, that plan",
      'the horror film had so much blood, soaking the set',
    ],
  );
  describeFamily(
    detector,
    'an injury told by what it does',
    'medical_emergency',
    'high',
    [
      'fell off the scaffolding and I cannot move my legs',
      'the bone is kind of sticking out of my shin',
      "i'm 30 weeks and bleeding quite heavily",
    ],
    [
      "I fell out with my sister and can't stand her",
      "I fell asleep on the sofa and can't remember my dream",
      "i'm 3 weeks into the course and bleeding money",
    ],
  );
});

describe('frames that must not silence a statement of own risk (explicit-floor-4)', () => {
  describeFamily(
    detector,
    'a present act set against the past is not past and resolved',
    'self_harm',
    'high',
    ['I used to love painting, now I just burn my arms instead'],
    [
      'I used to cut my arms, now I just paint',
      "back in school I used to cut myself, now I'm fine",
    ],
  );
  describeFamily(
    detector,
    'a method said to be meant is not a joke',
    'suicide',
    'high',
    ['if I fail this exam im jumping off the car park on purpose lol'],
    [
      'if I fail this exam im jumping off the car park lol',
      'im jumping into the pool on purpose lol',
    ],
  );
});
