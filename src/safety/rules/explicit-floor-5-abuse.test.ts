import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements of abuse and danger at home, fifth floor (explicit-floor-5-abuse)', () => {
  describeFamily(
    detector,
    'an attack under way',
    'abuse',
    'imminent',
    [
      "my dad's just thrown a chair at me and he's downstairs smashing things, i'm in my room with the door wedged shut",
      'she has just hurled a glass at my face and is still in the kitchen',
      "he's coming at me with the frying pan, I'm in the hall",
      "He's got my wrist twisted behind my back and he won't let go",
      "my husband's outside the bathroom door with a knife, he's been drinking all day",
      "he's banging on the bedroom door, we're hiding in the wardrobe",
      "if I don't open up he says he'll break in and drag me out by my hair",
    ],
    [
      'my toddler just threw his cup at the telly, what a morning',
      "my 3yo is kicking the bathroom door, I'm locked in here trying to have five minutes' peace",
      "the wind is banging the back door, I'm in here with the heating on",
      "I threw a ball at my brother's head during dodgeball lol",
      "the builder's outside the back door with a hammer fixing the frame",
      "He's not coming at me with anything, he's just sulking in the lounge",
    ],
  );
  describeFamily(
    detector,
    'violence by people the earlier rules did not name',
    'abuse',
    'high',
    [
      'the man I borrowed from beat me up yesterday and says he will do it again',
      'the lads running the line kicked me in the head on friday',
      'one of the night staff slapped me when I asked for water',
      'the lady who rents me the room punches me when she is drunk',
      "my late wife's grandson keeps hitting me and taking my pension",
      'when I refused to hand over my card he shoved me down the stairs',
      'the man im sofa surfing with raped me last night. i have nowhere else to go',
    ],
    [
      'my foster dad isnt hitting me, its the other kid in the house winding me up',
      'my manager stabbed me in the back in that meeting, in front of everyone',
      'the guy at the gym beat me at arm wrestling again',
      'the lads at five a side beat me 6-0 again',
      'the boys in my class could beat me up if they wanted',
      "an ex strangled me in 2018 and i ended up in a&e. i'm fine now",
      'The ex who hit me when he found out is long gone. New partner, new life.',
      'the guy from the shop hit me up on snapchat',
      'the baby kicked me all night, I am 30 weeks now',
    ],
  );
  describeFamily(
    detector,
    'beaten with an object, or told to keep quiet about a blow',
    'abuse',
    'high',
    [
      'i get beaten with a belt every time i get something wrong',
      'my stepmum hits me with the wooden spoon if i talk back',
      "I'm hit with a cable when my dad gets angry",
      'got kicked in the ribs and told not to tell anyone at school',
    ],
    [
      'got hit in the face by a ball at football, my nose is sore',
      'the interviewer hit me with a tricky question',
      'when I was a kid I got hit with a slipper, it was normal then, I am fine now',
      'got punched in the arm by my mate for a laugh',
    ],
  );
  describeFamily(
    detector,
    'threats held over the speaker',
    'abuse',
    'high',
    [
      'the dealer who battered me told me he will come back and do it again until i pay',
      'if I leave she says she will hunt me down wherever I go',
      "he's blackmailing me, says he'll out me to everyone if I go. I'm stuck",
      "He keeps threatening to report me to immigration if I don't do what he says",
      'she says she will take the children back to her family and I will never see them',
      'my step dad said hed kill me if i told anyone what he does to me',
      "when he's out. if he catches me on my phone he'll hit me again",
    ],
    [
      "my ex threatened to report me to immigration. got my own status sorted in 2019 and he can't touch me now",
      'People say some husbands threaten to tell the Home Office you lied. Mine never would.',
      "if I go to the party he'll find me and we can share a cab home",
      "he said he'll do it again next year, the charity run was such a success",
      "I'm going to take the kids to his country next summer to meet his family",
      "he said he'll do it again next year, the run was a success",
    ],
  );
  describeFamily(
    detector,
    'sexual abuse told outright',
    'abuse',
    'high',
    [
      "I'm being sexually abused by my stepfather and I don't know who to tell",
      'i think im being criminally exploited by the older boys from the estate',
      'i am being hurt at home and i dont know who to tell',
      'my uncle put his hand inside my knickers when everyone was asleep',
      'my girlfriend forced me into sex acts I said no to',
      'im 14 and a man from the game keeps sending me nudes',
      'my boyfriend drugs me so I sleep through what he does',
    ],
    [
      'I was hurt at home when I fell off a ladder doing the gutters',
      'my best friend sent me nudes of her new tattoo lol',
      'the film is about a boy forced into sex acts by a gang',
      'the film is about a girl who is sexually exploited by a gang',
      'my sister is being sexually abused by her boss and I am worried sick',
    ],
  );
  describeFamily(
    detector,
    'a child neglected or punished at home',
    'abuse',
    'high',
    [
      'no food and no grown ups in the house since friday, my mum isnt picking up',
      'they left me alone in the house for three days with nothing to eat and im 9',
      'my dad doesnt feed me, i havent eaten since tuesday and im so hungry',
      'my stepmum keeps me hungry as a punishment',
      'i get locked outside at night as a punishment',
      'my parents keep me indoors all the time and i never go out anymore',
    ],
    [
      "I'm starved, what's for dinner",
      'this diet keeps me hungry all day',
      'the teacher kicked me out of class as a punishment',
      "i got expelled so i'm not allowed to go to school anymore",
      'my mum left me home alone for the weekend, I am 19 and loving it',
      'I was locked out overnight because I forgot my keys',
      'my dog is being starved of attention since the baby came',
      "my mum doesn't feed me breakfast because I eat at school club",
    ],
  );
  describeFamily(
    detector,
    'injury and intrusion by a partner or ex',
    'abuse',
    'high',
    [
      'My girlfriend slammed my hand in the car door on purpose. Two fingers broken',
      'my husband smashed my phone and then my nose on saturday',
      'my ex-boyfriend forced his way into my flat at 2am',
      'every friday he gets drunk and hits me',
      'she lays into me with her fists when she has been drinking',
    ],
    [
      'I slammed my hand in the car door this morning, so clumsy',
      'my boss laid into me in the review today, so harsh',
      'My first husband broke my arm in 1983. I volunteer at the refuge now.',
      'my mate shut my fingers in the drawer by accident',
    ],
  );
});
