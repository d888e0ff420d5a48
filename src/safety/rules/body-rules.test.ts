import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

/** A family: messages that must raise the alarm in `category`, and look-alikes that must not. */
function family(name: string, category: string, positives: string[], quiet: string[]): void {
  describe(name, () => {
    for (const text of positives) itFlags(detector, text, category);
    for (const text of quiet) itFlags(detector, text, null);
  });
}

describe('self-harm and medical emergencies without the usual words (rules only)', () => {
  family(
    'self_harm.restriction: going without food on purpose',
    'self_harm',
    [
      "I haven't eaten anything for three days, on purpose",
      'not letting myself eat until the weekend',
    ],
    [
      "haven't eaten in two days, the move has been chaos",
      "I don't let myself eat crisps at my desk any more",
    ],
  );
  family(
    'medical_emergency.body: difficulty breathing now',
    'medical_emergency',
    [
      "I'm having real trouble breathing and my lips feel odd",
      "it's getting so hard to breathe in here",
    ],
    [
      'I have trouble breathing when I run uphill',
      'I get difficulty breathing when I panic, the app exercises help',
    ],
  );
  family(
    'self_harm.deliberate-injury',
    'self_harm',
    [
      'pressed my thumbnail into my palm until it bled, I needed to feel something',
      'I stood on the drawing pins on purpose and now my heel is all holes',
      'rubbed the sandpaper on my wrist till it bled. I wanted to.',
      'dug my fingernails into my thigh so hard it drew blood in the exam',
      'the burns on my leg are ones I did myself',
      'scraped my arm with my keys because I was so angry at myself',
    ],
    [
      'sliced my thumb while chopping carrots and it bled a bit',
      'did the half marathon and ran until my feet bled. I wanted to.',
      'I stepped on a nail in the garden and it bled loads',
      'he dug his nails into my arm until it bled',
    ],
  );

  family(
    'self_harm.restriction',
    'self_harm',
    [
      "I haven't had anything since Tuesday, I don't deserve food after how I acted",
      'skipping every meal this week as a punishment for failing my driving test',
      "I won't let myself eat dinner as punishment for the binge",
      'no breakfast or lunch today because I was so disgusting yesterday.',
    ],
    [
      'fasting for Ramadan this month and it is going really well',
      'doing intermittent fasting, no breakfast till noon',
      'fasting before my blood test in the morning',
      "honestly I don't deserve food this good, thank you",
      'I spent my teens starving myself as punishment, recovered now and doing well',
    ],
  );

  family(
    'self_harm.relapse',
    'self_harm',
    [
      'ten days clean and I relapsed last night, there are cuts all over my arm',
      'two months free and I broke my streak in the bathroom, blood on my sleeve',
      "ugh i sh'd again",
      "i s.h.'d before school",
    ],
    [
      'six months clean from drinking and I relapsed at the wedding',
      "I sh'd go to bed, it is late",
    ],
  );

  family(
    'self_harm.urge-sensation',
    'self_harm',
    [
      'I really miss the sting of the blade',
      'my scars look so neat and I keep wanting to open them up again',
      'I keep wanting to reopen the cuts on my arm',
      'my sh kit is in my sock drawer',
      'I wear long sleeves in summer so nobody sees what I did to my forearms',
    ],
    [
      'I miss the sting of a cold winter morning on my face',
      'my old sh scars are fading nicely and I am proud of myself',
      'the cuts on my hands from gardening never get to heal because I keep working',
    ],
  );

  family(
    'medical_emergency.airway',
    'medical_emergency',
    [
      "i'm choking on a chunk of apple and it won't come up",
      "choking on a fish bone, it's still stuck and I can't swallow",
      "there's a bit of chicken stuck in my throat and I can't breathe properly",
      'my lips are swelling and I only ate one of the satay skewers',
      "my throat's closing, I think there were nuts in the sauce",
    ],
    [
      'I choked on my coffee when I read that lol',
      "I'm choking on my words every time I see her",
      'Choked on a fishbone at dinner, what a night',
      'choked on a fishbone last night, all fine now',
      'I choked on a grape this morning but coughed it up',
      "I sang karaoke all night and my throat's tight",
      "my throat's sore",
    ],
  );

  family(
    'medical_emergency.heart',
    'medical_emergency',
    [
      'the pain in my chest goes down my left arm and I feel sick',
      "my chest has been tight for an hour and now it's spreading into my jaw",
      'numbness down my left arm and my jaw really hurts',
    ],
    [
      'a bit of a tight chest from the cold weather',
      'my chest feels heavy with grief, it aches for her',
      "there's a pressure in my chest and my back aches from the gym",
    ],
  );

  family(
    'medical_emergency.neuro',
    'medical_emergency',
    [
      'just had my first ever seizure, I am on the kitchen floor',
      "I've had four seizures today and I normally have one a month",
      'bad headache since yesterday, bright light hurts and my neck is so stiff',
      'the vision in my left eye went dark for a minute',
      'the room started spinning and suddenly my words came out in the wrong order',
    ],
    [
      'my son had his first seizure last year and he has been fine since',
      'I had two fits as a teenager',
      'stiff neck from sleeping funny on the sofa',
      'when I get nervous my words come out all wrong',
    ],
  );

  family(
    'medical_emergency.injury',
    'medical_emergency',
    [
      "I've soaked through three tea towels and it's still going",
      'had a tooth pulled this morning and my mouth keeps filling up with blood',
      'some oven cleaner splashed into my eye and it burns so much',
      'inhaled loads of smoke from the chip pan fire, my throat is raw and I keep coughing',
      'I swallowed a magnet from the fridge set',
      'burnt my hand on the grill, the skin is blistering across most of my palm',
    ],
    [
      'had my wisdom teeth out yesterday, a bit of blood on the gauze this morning',
      'my daughter swallowed a magnet, what do I do',
      'swallowed my pride and apologised to her',
      'I ate glass noodles for dinner',
      'the smoke from the bonfire made me cough a bit',
    ],
  );

  family(
    'medical_emergency.pregnancy',
    'medical_emergency',
    [
      "I'm 31 weeks and my waters have just broken",
      'started having contractions ten minutes apart and I am only 27 weeks',
    ],
    [
      "I'm 30 weeks pregnant and so excited to meet her",
      'my waters broke at 34 weeks with my first',
      "I'm 28 weeks and the braxton hicks contractions are annoying",
    ],
  );

  family(
    'medical_emergency.infection',
    'medical_emergency',
    [
      'the cat bite on my finger is swollen and there are red lines up my arm, and now I have a fever',
      'pain in my lower right tummy all day, getting worse and I have a temperature',
    ],
    [
      'I got a scratch from the cat, a bit red but no fever',
      'my ankle is swollen from the run yesterday',
    ],
  );

  family(
    'medical_emergency.overdose-unsaid',
    'medical_emergency',
    [
      "I said I wouldn't overdose. I already have.",
      'all my sleeping tablets, about an hour ago',
      'I drank some of the disinfectant from under the sink',
    ],
    ['I took my tablets an hour ago as usual', 'I drank some water and had a sleep'],
  );

  family(
    'medical_emergency.overdose-unsure',
    'medical_emergency',
    [
      'did I take too much? I feel so drowsy after the tablets',
      'so dizzy, I might have had too many of my painkillers',
    ],
    ['did I take too much time off work this year', 'I think I had too much cake at the party'],
  );
  family(
    'self_harm: heat, choking alone, razors taken apart',
    'self_harm',
    [
      'gonna hold my arm against the iron when everyone is asleep',
      'heating a safety pin with my lighter, nobody is home',
      'tried the fainting game by myself again last night with a scarf',
      'I melted the plastic off a razor from the bathroom and kept the blade',
      "got my dad's razor and it's not for shaving",
    ],
    [
      'I accidentally put my hand on the hob while cooking',
      'heated up a spoon of honey for my sore throat',
      'the new razor is not for shaving your legs, it is for your face',
      'kids at school were doing the choking game and a teacher stopped it',
    ],
  );

  family(
    'self_harm: dressings and wounds kept secret',
    'self_harm',
    [
      'I buy bandages at a different shop each week without anyone noticing',
      'nobody notices the plasters on my thighs and I want to keep it that way',
      'how do I look after burns I do not want my parents finding out about',
    ],
    [
      'nobody notices the plasters on my heel from the new shoes',
      'bought plasters for the first aid kit at work',
    ],
  );

  family(
    'medical_emergency.rash',
    'medical_emergency',
    [
      'there are purple spots on my legs that do not fade when I press a glass on them',
      'high temperature and a rash, I rolled a glass over it and the rash is still there',
    ],
    ['rash from the new soap, itchy but fine', 'the rash has faded since I changed washing powder'],
  );
  family(
    'self-harm frames: a skin condition is not self-harm, repetition is not an accident',
    'self_harm',
    [
      'I hit my head against the steering wheel over and over',
      'I scratch my eczema until it bleeds on purpose, I deserve it',
    ],
    ['I scratch my eczema until it bleeds', 'I bought a razor to shave my legs for the wedding'],
  );
  family(
    'means said of routine doses and pets are not a plan',
    'suicide',
    ["I've got the pills and tonight's the night"],
    ['took my tablets at 8 like always', 'how many paracetamol can I give my dog'],
  );
  family(
    'cue.self-harm-act: "bit" is biting, not "a little bit"',
    'self_harm',
    ['I bit my own arm until it bled because I deserve it'],
    ["So I thought I'd start by telling you a little bit about myself."],
  );
  family(
    'cue.medical-body: "fitting" is a seizure, not "fitting in"',
    'medical_emergency',
    ["I'm fitting on and off since I took the tablets"],
    ["When I party with them I feel like I'm fitting in, I just took it as normal."],
  );
});

describe('self-harm in other words (rules alone)', () => {
  for (const text of [
    'I took a blade to my skin again',
    'I gouged my arm with scissors after work',
    'I self-injure most nights now',
    'slef harmed tonight after the fight',
    'I opened the old scars back up tonight',
    'I have fresh ones on my thighs and they sting',
    'relapsed last night, the blade won again',
  ])
    itFlags(detector, text, 'self_harm');
  for (const text of [
    'I used a needle on my finger to get the splinter out',
    'I do it with a compass in maths for circles',
    'set a reminder for my meds at 8',
  ])
    itFlags(detector, text, null);
});

describe('risk of an event is not the event (AnnoMI counselling talk)', () => {
  itFlags(detector, "the doctor said I'm at a higher risk of having a stroke down the line", null);
  itFlags(detector, "if I walk without my stick I'll fall and hurt myself", null);
  itFlags(detector, "I think I'm having a stroke, my face is drooping", 'medical_emergency');
  itFlags(detector, "I'll fall and hurt myself on purpose tonight", 'self_harm');
});
