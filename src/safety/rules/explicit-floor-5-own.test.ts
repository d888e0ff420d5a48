import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements of own risk, fifth floor (explicit-floor-5-own)', () => {
  describeFamily(
    detector,
    'suicide named as what fills the mind',
    'suicide',
    'high',
    [
      "suicide. that's what's on my mind. every hour of today",
      'Suicide: that is all me think about all day now',
      "lately suicide is what's in my head when I wake up",
      "I'm starting to feel like killing myself might be the only way out of this debt",
      'also me: genuinely suicidal right now. not a bit',
    ],
    [
      'Suicide prevention is all I think about at work, I run the helpline rota',
      "My brother thought suicide was the only way out, that's what the inquest said",
      "I don't think suicide is the only way, I know there's help",
      "she's actually suicidal rn and I don't know how to help her",
      'The novel is about a man who decides suicide might be the only answer',
    ],
  );
  describeFamily(
    detector,
    'death named as an aim or a wish grown stronger',
    'suicide',
    'high',
    [
      "my goal is to die. sorry that's not the answer you want",
      'mi waan kill miself. mi serious dis time',
      "I've been wanting to end it. not a passing thing. most days now.",
      'wanting to die more than ever tonight and nobody knows',
      "I've never felt this close to killing myself",
    ],
    [
      'my goal is to die happy and old in my own bed',
      "I've been wanting to end it with him for ages, most days we just argue",
      "I'm dying to see you, I've been wanting to die laughing at that show",
      'my goal is to die with no regrets, like my grandad said',
      'mi nuh waan kill miself, mi just tired',
    ],
  );
  describeFamily(
    detector,
    'an overdose rehearsed in the mind',
    'suicide',
    'high',
    [
      'honestly I keep thinking about taking every pill in the cupboard and just not waking up',
      "I can't stop picturing swallowing all of my mum's sleeping tablets",
      'the whole lot of my diazepam, swallowed in one go. that is what is in my head almost every night now',
      "my pills and my partner's pills together, that could be the end. can't stop picturing it",
      'the codeine in the drawer, that would be enough to end it',
    ],
    [
      "I can't stop picturing swallowing all the sweets in the jar, so hungry",
      "I'm not thinking about taking all my tablets, I just forget the evening ones",
      'My dad keeps thinking about taking all his pills to the pharmacy to be checked',
      'the tablets should be enough to last the week',
      'we swallowed the whole cake in one go. that is what is on my mind every day, cake',
    ],
  );
  describeFamily(
    detector,
    'a jump pictured or an ending given a deadline',
    'suicide',
    'high',
    [
      'I drive over the bridge to the hospital every day and I think about going off it',
      "every time I'm on the multistorey roof I picture stepping off the edge",
      "saturday, if I haven't jumped by then",
      "end of the month, if I haven't killed myself before then",
    ],
    [
      'the bridge in the game is a pain, I keep thinking about jumping off it to skip the level',
      "our tandem skydive is on saturday, if I haven't jumped by then I'll get a refund",
      "if I haven't jumped ship by then I'll be amazed, this job is awful",
      'We walked over the cliff path and thought about diving off the edge into the sea, it was so hot',
    ],
  );
  describeFamily(
    detector,
    'cutting as an ongoing, escalating behaviour',
    'self_harm',
    'high',
    [
      "I've been cutting at work in the break room",
      "I can't stop cutting",
      'My cuts are getting deeper every time I do it',
      'i keep cutting every night when everyone is asleep',
      "I'm still cutting, nobody knows",
    ],
    [
      "I've been cutting back on sugar since January",
      "I can't stop cutting corners at work, my boss noticed",
      "I've been cutting hair at the salon all day, my feet hurt",
      "I used to keep cutting in my teens but I've been clean for six years",
      'the chef says my cuts are getting deeper and cleaner every week',
      "You told me that you've been cutting, and that worries me",
      "I'm cutting at the moment so no takeaway, gym three times a week",
    ],
  );
  describeFamily(
    detector,
    'injury on purpose in other ways',
    'self_harm',
    'high',
    [
      'last night I poured boiling water on my foot on purpose',
      'I stubbed my cigarette out on the back of my hand on purpose',
      'I keep swallowing sharp things, staples mostly, because I want it to hurt inside',
      'I held the hot pan against my arm deliberately so I could feel something',
      "I've been swallowing pins when I feel like this",
    ],
    [
      'I poured boiling water on my foot by accident making tea',
      'I spilled coffee over my hand, definitely not on purpose',
      'the sword swallower at the circus was swallowing blades all night',
      'my toddler swallowed a battery and we went to A&E',
      "Honestly I'd rather swallow glass than sit next to him at dinner again",
      'I poured suncream on my arms on purpose, it is so hot today',
      'I ran cold water over my hands on purpose to wake myself up',
    ],
  );
  describeFamily(
    detector,
    'medicines misused to cope',
    'self_harm',
    'moderate',
    [
      "I've been taking extra ibuprofen when I'm upset because the stomach pain distracts me",
      'bad nights = extra pills to go numb, then I sleep through the whole next day',
      'I take a few extra tablets to numb myself when it gets loud in my head',
    ],
    [
      'the nurse said I can take extra paracetamol when my back is bad',
      "I never take extra pills when I'm upset, I go for a walk",
      'she takes more painkillers to go numb after her shifts',
      'the dentist gave me extra painkillers to numb the pain after the extraction',
    ],
  );
  describeFamily(
    detector,
    'an overdose already taken',
    'medical_emergency',
    'imminent',
    [
      "heart is racing so fast. 30 of my mum's tablets went down an hour ago, what do I do",
      'room is spinning, I had my sleeping pills, maybe 15 of them',
      'swallowed the whole bottle of oramorph about twenty minutes ago',
      "I've just swallowed everything in my pill organiser for the whole week at once",
      'been throwing up since this afternoon after a big handful of painkillers',
    ],
    [
      "I picked up 30 of my tablets from the pharmacy an hour ago, they'd run out",
      'the pharmacist gave me a whole box of tablets to take home',
      "I've been poking at a handful of pills on the counter, sorting them for the week",
      'my nan keeps her pills in a pill organiser for the whole week',
      "I didn't take 20 of my tablets, I counted them twice",
    ],
  );
  describeFamily(
    detector,
    'a road collision or fall with signs that cannot wait',
    'medical_emergency',
    'imminent',
    [
      "I've fallen down the stairs carrying his laundry and I can't move my leg. it's at a weird angle",
      'my chest hurts when i breathe in and one side isnt moving right, i got hit by a car bumper',
      "I got hit by a car on my scooter, my leg looks wrong and there's blood coming from my ear",
      'knocked off my bike by a van, my arm is bent the wrong way',
    ],
    [
      'The character was hit by a car in the last episode and his leg looked wrong',
      'I was hit by a car when I was nine, my leg was at a weird angle, fine now though',
      "my brother got hit by a van, he says he can't move his leg",
      "I nearly got hit by a car this morning, scary, but I'm fine",
    ],
  );
  describeFamily(
    detector,
    'other emergencies told by their signs',
    'medical_emergency',
    'imminent',
    [
      "I'm haemorrhaging and I'm alone with the baby",
      'been bitten by an adder checking traps and my hand is swelling really fast',
      "I've been drugged. I'm at a party and I can't move properly. Please help",
      "I'm diabetic and forgot to eat all day. shaking, sweaty, can't think straight",
      'took my insulin and skipped lunch, now trembling and clammy',
    ],
    [
      'the documentary about the adder bite was gripping',
      "I'm drugged up on painkillers since the op, feeling fine though",
      'My mum had a hypo last year, she was shaky and sweaty until the paramedics came',
      'the film where she haemorrhages in the hospital made me cry',
      "bleeding lp every game, at this point i'm hemorrhaging elo",
      'my dog was bitten by an adder last summer and his paw swelled up',
    ],
  );
  describeFamily(
    detector,
    'an injury or breathing needing urgent care',
    'medical_emergency',
    'high',
    [
      'I think my arm is broken. He twisted it behind my back until it cracked.',
      'pretty sure my wrist is fractured, I can hear it grinding',
      "I can't catch my breath and my lips feel tingly. been like this 20 mins",
      "can't get enough air and my fingers are going blue",
    ],
    [
      'I think my arm is broken lol from all the gaming',
      'I thought my ankle was broken but the x-ray was clear',
      "I don't think my wrist is broken, it's just sore",
      'after the hill sprints I could not catch my breath for a minute',
      "when I panic I can't catch my breath and my lips go tingly",
    ],
  );
});
