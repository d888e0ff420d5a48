import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags, itRates } from './rule-test-support.ts';
import { compareRisk } from '../../core/index.ts';

const detector = ruleRiskDetector();

describe('abuse: forced labour and trafficking (ILO indicators)', () => {
  itFlags(
    detector,
    'the family I clean for took my passport when I arrived and nobody will give it back',
    'abuse',
  );
  itFlags(detector, 'my gaffer on the building site slaps us if we stop for water', 'abuse');
  itFlags(detector, 'if we quit he will call immigration on us, so we stay', 'abuse');
  itFlags(
    detector,
    'they say we owe for the visa and the tickets and the amount never goes down',
    'abuse',
  );
  itFlags(
    detector,
    'an older lad says I owe him money and I have to carry bags for him to pay it off',
    'abuse',
  );
  itFlags(detector, 'the agency holds my documents for the visa application', null);
  itFlags(detector, 'my employer has my passport for the right to work check this morning', null);
  itFlags(detector, 'my boss keeps my rota and changes it every week', null);
  itFlags(detector, 'my boss hits us with deadlines every friday', null);
  itFlags(detector, 'my mum takes half my wages for rent', null);
  itFlags(detector, "my friend's boss keeps her passport, how can I help her", null);
});

describe('abuse: sexual extortion', () => {
  itFlags(
    detector,
    'a guy I met online saved my pics and says he will post them everywhere unless I pay him',
    'abuse',
  );
  itFlags(detector, "she's threatening to leak my nudes to my work", 'abuse');
  itFlags(detector, "i think i'm being sextorted, what do i do", 'abuse');
  itFlags(
    detector,
    'my boyfriend has my photos from our holiday and is sending them to me later',
    null,
  );
  itFlags(detector, "I sent my girlfriend nudes and I'm happy with that", null);
  itFlags(
    detector,
    'my nan has my photos from the wedding and says she will send them unless I visit lol',
    null,
  );
});

describe('abuse: sex without consent', () => {
  itFlags(
    detector,
    'I think I was spiked at the club and woke up without my underwear in a flat I did not know',
    'abuse',
  );
  itFlags(detector, 'I told him no twice and he just kept going', 'abuse');
  itFlags(detector, 'he had sex with me while i was passed out', 'abuse');
  itFlags(detector, 'my ex r-worded me and nobody believes me', 'abuse');
  itFlags(detector, 'I was drugged for the operation and woke up in recovery', null);
  itFlags(detector, 'I said no to dessert but he did not stop offering', null);
  itFlags(detector, 'we got so drunk we woke up with our clothes on the floor lol', null);
});

describe('abuse: forced marriage', () => {
  itFlags(detector, 'my parents are forcing me to marry my cousin this summer', 'abuse');
  itFlags(
    detector,
    "my uncle says I'm getting married to his business partner, I'm 16 and I don't want to",
    'abuse',
  );
  itFlags(
    detector,
    "they're taking me abroad for a holiday but my return flight was never booked and my passport has been taken",
    'abuse',
  );
  itFlags(
    detector,
    "my parents arranged for me to be married to a lovely man and I'm excited",
    null,
  );
  itFlags(
    detector,
    "I'm getting married next month and I don't want to stress about the seating plan",
    null,
  );
  itFlags(detector, "I'm 15 and my sister is getting married next week", null);
});

describe('abuse: stalking and tracking', () => {
  itFlags(detector, 'my ex put an airtag in my bag, he always knows where I am', 'abuse');
  itFlags(detector, 'I found a tracker under my car', 'abuse');
  itFlags(detector, 'everywhere i go my ex turns up within the hour', 'abuse');
  itFlags(detector, 'my ex has breached his non-molestation order again and I am scared', 'abuse');
  itFlags(detector, 'someone left a dead rat on my windscreen with a note', 'abuse');
  itFlags(detector, "I have to send him a selfie showing who I'm with whenever I go out", 'abuse');
  itFlags(detector, 'the garage installed something on my car', null);
  itFlags(detector, 'my cat left a dead bird on the doorstep', null);
  itFlags(detector, 'wherever I go my mum texts me to ask if I ate', null);
  itFlags(detector, "my sister's ex broke the injunction and she's terrified", null);
  itFlags(
    detector,
    'my mum asks me to send a photo when I get to uni so she knows I am safe',
    null,
  );
});

describe('abuse: control, violence in other words, danger now', () => {
  itFlags(detector, 'my grandson broke my wrist last week and he still lives with me', 'abuse');
  itFlags(detector, 'my girlfriend pulled a knife on me again when we argued', 'abuse');
  itFlags(detector, 'he "accidentally" burns me with his cigarette most weekends', 'abuse');
  itFlags(detector, "she puts pills in my coffee so i'm drowsy all day", 'abuse');
  itFlags(detector, 'my partner decides who I talk to', 'abuse');
  itFlags(detector, 'if I leave he says he will take the kids and I will never see them', 'abuse');
  itFlags(detector, 'my gf smacks me when she is drunk', 'abuse');
  itFlags(
    detector,
    "a bank account he can't see: can I open one without my husband finding out?",
    'abuse',
  );
  itFlags(detector, 'my son broke my nose playing football', null);
  itFlags(detector, 'he broke my phone', null);
  itFlags(detector, 'my sister whacked me with a pillow', null);
  itFlags(detector, 'my boyfriend smacked me on the bum playfully', null);
  itFlags(detector, 'my husband decides what we eat on Sundays, he loves cooking', null);
  itFlags(
    detector,
    'I want a bank account without my husband finding out about his birthday present',
    null,
  );
  itFlags(detector, "he's got a gun licence and goes clay shooting", null);
  itFlags(detector, 'she keeps my keys because I always lose them', null);
  itRates(detector, "my husband's got me pinned against the wall right now", 'imminent');
  itRates(detector, "he's pinning me to the floor", 'imminent');
  itRates(detector, "she's kneeling on my chest", 'imminent');
  itFlags(detector, "he's holding me to the promise", null);
  itFlags(detector, "she's pushing me to apply for the job", null);
  itFlags(detector, 'i have to be so careful how i act or he kicks off', 'abuse');
  itFlags(detector, "when i don't reply quickly she shows up at my work screaming", 'abuse');
  itFlags(detector, 'I have to be careful what I say or she cries, she is very sensitive', null);
  itFlags(detector, "when I don't answer my mum she comes round with soup", null);
  itRates(detector, 'he has the rifle out and loaded', 'imminent');
  itRates(detector, 'she said she will kill herself and then me', 'imminent');
  itRates(
    detector,
    'I was trafficked here, they keep my passport and the van comes at eleven to move me',
    'imminent',
  );
});

describe('harm to others: violence just used, with risk of more', () => {
  itFlags(
    detector,
    "I punched a guy at the bus stop yesterday and I'm not sorry, I'd do it again",
    'harm_to_others',
  );
  itFlags(
    detector,
    "I grabbed my son by the arm so hard it left bruises and I'm scared I'll do worse",
    'harm_to_others',
  );
  itFlags(
    detector,
    'I had road rage this morning and chased a van for miles, then punched his window',
    'harm_to_others',
  );
  itFlags(
    detector,
    'I shoved a bloke against the car outside the pub and security dragged me off',
    'harm_to_others',
  );
  itFlags(detector, 'I squeezed his hand so hard during labour it left marks', null);
  itFlags(detector, 'I pushed him against the wall and kissed him', null);
  itFlags(detector, 'I got out with the tyre iron to change the flat', null);
  itFlags(detector, 'a guy got road rage and chased me', null);
  itFlags(detector, "I'd have kept going if the shop hadn't closed", null);
});

describe('harm to others: ideation on the pathway', () => {
  itFlags(detector, 'I keep daydreaming about shooting up my school', 'harm_to_others');
  itFlags(detector, "I've got a kill list of people at work", 'harm_to_others');
  itFlags(detector, "I imagine bringing my uncle's shotgun into the office", 'harm_to_others');
  itFlags(
    detector,
    "I'm going to follow her home from work and teach her a lesson",
    'harm_to_others',
  );
  itFlags(detector, "i'm gonna be outside her work with a knife", 'harm_to_others');
  itFlags(detector, "I'm going to burn down his flat", 'harm_to_others');
  itFlags(detector, 'finna slide on that dude, got the strap in the car', 'harm_to_others');
  itFlags(
    detector,
    "they all laugh at me in form. wait till i bring the strap in, they'll see",
    'harm_to_others',
  );
  itFlags(detector, 'wait till i bring the bits in for the science project', null);
  itFlags(detector, 'my character shoots up the office in the game', null);
  itFlags(
    detector,
    'I fantasise about taking out my whole team for drinks when we hit target',
    null,
  );
  itFlags(detector, 'I made a list of names for the baby', null);
  itFlags(detector, "I'm bringing the hammer tomorrow to fix your shelf", null);
  itFlags(detector, "I'll teach him a lesson in chess", null);
  itFlags(detector, "I'm going to set fire to my old notes", null);
  itFlags(detector, 'I could strangle him for eating my chips', null);
  itFlags(detector, "my sister won't see it coming, surprise party on friday", null);
});

describe('harm to others: urges held back and intrusive images', () => {
  itFlags(
    detector,
    "I have to walk out of the room so I don't hit her when she screams",
    'harm_to_others',
  );
  itFlags(
    detector,
    "I yelled at him till he cried. I didn't touch him but I wanted to",
    'harm_to_others',
  );
  itFlags(
    detector,
    "what if I stabbed my husband in his sleep, I can't stop picturing it",
    'harm_to_others',
  );
  itFlags(detector, 'I came so close to hitting my toddler today', 'harm_to_others');
  itFlags(
    detector,
    'I slapped my 3-year-old and I am frightened I will do it again',
    'harm_to_others',
  );
  itFlags(detector, 'i imagine smashing a chair over his head every meeting', 'harm_to_others');
  itFlags(detector, "I leave the room so I don't snap at him", null);
  itFlags(detector, "I'm careful with her bath so I don't hurt her", null);
  itFlags(detector, 'what if I hurt her feelings when I break up with her', null);
  itFlags(detector, 'I imagine punching the air when I win', null);
  itFlags(
    detector,
    'When my son was a baby I came close to shaking him once, I got help and he is 12 now',
    null,
  );
});

describe('risk told of someone else stays with them (about others)', () => {
  const cases = [
    ["my friend's boss keeps her passport and hits her, how can I help", 'abuse'],
    [
      "my daughter is 14 and a man online has her photos and says he'll send them to her school unless she sends more",
      'abuse',
    ],
    ["my sister's ex put a tracker on her car", 'abuse'],
    ["my cousin's parents are forcing her to marry a man twice her age", 'abuse'],
    ['my son keeps fantasising about shooting up his school', 'harm_to_others'],
    ["my brother said he's going to follow his ex home and teach her a lesson", 'harm_to_others'],
  ] as const;
  for (const [text, category] of cases) {
    it(`reports ${category} in someone else for "${text}"`, () => {
      const result = detector.assess(text);
      assert.ok(compareRisk(result.level, 'moderate') < 0, JSON.stringify(result));
      assert.ok(
        result.aboutOthers.some((item) => item.category === category),
        JSON.stringify(result),
      );
    });
  }
});

describe('harm to others: marks left on a child or partner, wishing others to suffer', () => {
  itFlags(
    detector,
    "I keep losing it with my little boy and I've left bruises twice now",
    'harm_to_others',
  );
  itFlags(detector, 'I shook her too hard and left marks on her shoulders', 'harm_to_others');
  itFlags(detector, 'I want every one of them to suffer the way I have', 'harm_to_others');
  itFlags(detector, 'my nephew left bruises on me at rugby', null);
  itFlags(detector, 'I pushed the table and left marks on the floor', null);
  itFlags(detector, 'I never want anyone to suffer like I did', null);
});

describe('figurative: a threat that is hyperbole over a small offence', () => {
  itFlags(detector, "I swear I'll kill him, he's finished the biscuits again", null);
  itFlags(detector, 'my sister is going to murder me, I borrowed her car and dented it', null);
  itFlags(detector, 'I could throttle my flatmate, he left the wet washing in the machine', null);
  // The offence is not small, or it is violence: the threat stands.
  itFlags(
    detector,
    "I'm going to kill him, he took my kids and I know where he lives",
    'harm_to_others',
  );
  itFlags(detector, "I'm going to kill him, he hit my mum", 'harm_to_others');
  itFlags(detector, 'my husband is going to kill me, he hit me again tonight', 'abuse');
});

describe('negation undone: "cannot stop" is not a denial', () => {
  itFlags(detector, 'I cannot stop imagining drowning my newborn', 'harm_to_others');
  itFlags(detector, 'I did not hurt the baby, I just needed a minute', null);
});

describe("someone else's risk that the speaker joins in is the speaker's own", () => {
  itFlags(detector, 'my friend wants to die and honestly so do I', 'suicide');
  itFlags(detector, 'my brother cuts himself and I do too', 'self_harm');
  itFlags(detector, 'my mum wants to kill herself, me too tbh', 'suicide');
  itFlags(detector, "my friend wants to die, I don't", null);
  itFlags(detector, 'my friend wants to die and I am so scared for her', null);
});

describe('violence told plainly (rules alone)', () => {
  itFlags(detector, 'then he grabbed me by the throat against the fridge', 'abuse');
  itFlags(detector, 'she slammed me against the wall when I tried to leave', 'abuse');
  itFlags(detector, "he's banging on the bathroom door, I've locked myself in", 'abuse');
  itFlags(detector, 'he said when he has finished his drink he is coming up for me', 'abuse');
  itFlags(
    detector,
    'I pushed my wife last night and she fell, I have a temper I cannot trust',
    'harm_to_others',
  );
  itFlags(detector, "I'm going to wait for him after work and break his nose", 'harm_to_others');
  itFlags(detector, 'my coach threw me to the floor in judo', null);
  itFlags(detector, 'I hit my brother at fifa today lol', null);
  itFlags(detector, 'my husband made me tea', null);
  itFlags(detector, 'he made me laugh today', null);
});

describe('no figure of speech explains away a blow struck or fear of going home', () => {
  itFlags(detector, 'After he hit me he took my phone and my car keys', 'abuse');
  itFlags(detector, 'if im on my phone too long he slaps me lol its whatever', 'abuse');
  itFlags(
    detector,
    "I'm scared to go home because my dad said he will kill me when he sees my phone bill",
    'abuse',
  );
  itFlags(detector, 'my brother beat me at fifa and took my last biscuit, I could kill him', null);
  itFlags(detector, 'she took my charger again, I could kill her', null);
});
