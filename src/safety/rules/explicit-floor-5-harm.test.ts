import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements of harm to others, fifth floor (explicit-floor-5-harm)', () => {
  describeFamily(
    detector,
    'intent to injure a person named by any role',
    'harm_to_others',
    'high',
    [
      "I'm going to hurt the sous chef who keeps burning me on purpose, I've thought about where",
      'I want to kill my supplier, he cut the gear with something and my mate nearly died',
      'honestly im gonna batter the bouncer who threw my brother down the stairs',
      'My plan is to attack the letting agent when she comes for the inspection',
      "I've decided to stab the screw on B wing, I don't care what happens to me",
      "i will knife the next debt collector who turns up at my mum's door",
      'I wan kill dat man wey rob me',
      "i'm afraid i'm going to seriously hurt the drummer, i already hit him at soundcheck",
      'me and my cousins are gonna jump the lad from the chippy after school',
      'I want to kill the second mate.',
      'im going to attack my head of year',
      'I have decided to poison the tenant upstairs',
      "i'm gonna knock the bouncer out cold the second he turns his back",
    ],
    [
      "I'm going to kill the engine and wait for the recovery truck",
      "I'm going to attack the problem from a different angle tomorrow",
      "I'm going to hit my dealer up later for more bags",
      "I'm going to kill the boss in the game tonight, third try",
      "I'm terrified I'm going to hurt a patient by mistake on my first night shift",
      'I swear I will punch the next person who asks me how the thesis is going',
      "I'd never hurt my cabin mate, he's like a brother to me",
      "He says he's going to hurt the landlord, should I tell someone?",
      "Years ago I wanted to kill my old dealer but that's behind me, I'm in a much better place now",
      "going to knock him out on saturday, it's a boxing match, that's the whole point",
      "I'm going to hit the patient portal and check my results",
      'I am going to hit the doctor with all my questions',
    ],
  );
  describeFamily(
    detector,
    'a vow told as settled, with a time, a meeting or a resolve',
    'harm_to_others',
    'high',
    [
      'if i catch him again im stabbing him, i mean it',
      "I'm battering the pair of them tonight, everyone knows",
      'im tracking him down and killing him, nobody can stop me',
      'decided im fighting him and im not stopping when hes on the floor',
      'smashing his face in tomorrow after school',
      'swear to god im stabbing someone at school',
    ],
    [
      "I'm killing it at work today, everyone knows",
      "I'm not stabbing anyone, I swear, the knife was for the kitchen",
      "I'm finding him and hugging him when he lands tomorrow",
      'im fighting him at boxing on friday and im not stopping till hes down',
      'The ref stopped the fight when he was on the floor, good call',
    ],
  );
  describeFamily(
    detector,
    'an injury spelled out',
    'harm_to_others',
    'high',
    [
      "I'm going to put the foreman in a wheelchair",
      'i want to break every bone in his body so he never walks again',
      'i want to put my brothers head through the window',
      "Tbh I want to put the landlord in hospital and I'm going to.",
      'Me and the lads are gonna jump him after school friday. I want him in hospital',
    ],
    [
      "I want to put my nan in a care home, she can't cope at home now",
      'I want to break every record at the swimming gala',
      "I'm going to put the kids in the ground floor bedroom",
      'I want my nan in a wheelchair so she can get out more',
      'I want my dad in hospital where they can keep an eye on his heart',
      "The lady next door's son says he'll break every bone in her body. Should I ring the police?",
    ],
  );
  describeFamily(
    detector,
    'retribution vowed on the body',
    'harm_to_others',
    'high',
    [
      'My stepdad is going to bleed for what he did to my mum',
      "she's going to pay for it with her face, I'll make sure",
      'everyone behind that group chat about me is getting battered. every one',
      'he deserves to die and I want to be the one who does it',
      'acid on his face is what he deserves after what he did to me',
      'my revenge on my ex is gonna be physical. hes going to feel it',
    ],
    [
      'My nose is going to bleed for ages if I pick it',
      'My wallet is going to bleed for this holiday',
      "My revenge on my ex is gonna be physical, I'm hitting the gym every day and getting fit",
      'I want to be the one doing it, my sister always bakes the cake',
      'the cat is going to pay for it with her dinner',
      'All the players who tackle like that are getting hurt by the new rules',
    ],
  );
  describeFamily(
    detector,
    'a lethal method fixed on a person',
    'harm_to_others',
    'high',
    [
      "I keep thinking about setting fire to her flat while she's asleep",
      "I've been poisoning my husband's coffee a bit at a time",
      "I'm running that cyclist down with my van next time I see him",
      'gonna threaten the landlord with a hammer till he gives my deposit back',
      'plan is to scare them with a blade and if that doesnt work i use it',
    ],
    [
      "We're going to set fire to the bonfire while the kids are in bed",
      'I think I am poisoning my plants with too much fertiliser',
      "I'm running my mum down to the shops in the car later",
      'The heater nearly set fire to the room while I was in it',
      "the council has been poisoning my kid's water for years",
      "in hitman i'm planning to poison the target's drink at the gala, best route?",
      'local paper says a man got jailed for threatening his neighbour with a machete over noise',
    ],
  );
  describeFamily(
    detector,
    'force on someone in my care, begun or about to be repeated',
    'harm_to_others',
    'high',
    [
      "I've started shoving her when she won't get dressed. Hard. I'm scared it's getting worse",
      "I've grabbed him three times this week and I think I'll do it again",
      "I want to throw him against the wall when he won't stop screaming and I'm so scared I will",
      "i keep saying i won't hit her again but i know i'm going to",
    ],
    [
      "I've started pushing him on the swings, he loves it",
      "I've started pushing him to apply for jobs, he's been out of work for a year",
      "He's shaken her twice and I'm scared for her",
      "I've started grabbing her when she runs toward the road and I'm scared she'll get hit",
      'I want to throw the ball against the wall for the dog',
      "I won't hurt him, I know I'm going to be fine",
    ],
  );
  describeFamily(
    detector,
    'close to lashing out',
    'harm_to_others',
    'moderate',
    [
      "I'm so close to hitting my son these days, I have to leave the room",
      "I'm on the verge of slapping my mum, she pushes every button",
      "I've been getting so close to lashing out at the residents on nights",
    ],
    [
      "I'm so close to hitting my target weight",
      'I was so close to hitting a cyclist on the way to work, gave me a fright',
      "I'm close to beating my brother's high score",
      'My son is close to hitting his sister, can you give advice',
      "I've started going to the gym and it's really helping, I was getting so close to lashing out at my housemates",
    ],
  );
});
