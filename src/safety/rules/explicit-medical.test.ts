import { describe } from 'node:test';
import type { RiskLevel } from '../../core/index.ts';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

/** A family: messages the rules alone must flag (at `level` or above), and look-alikes that must stay quiet. */
function family(name: string, level: RiskLevel, positives: string[], quiet: string[]): void {
  describe(name, () => {
    for (const text of positives) itFlags(detector, text, 'medical_emergency', level);
    for (const text of quiet) itFlags(detector, text, null);
  });
}

describe('explicit medical emergencies by their signs (rules only, no model)', () => {
  family(
    'medical_emergency.stroke: two FAST signs at once',
    'imminent',
    [
      "the left side of my face has gone droopy and I can't lift my arm properly",
      'my speech is slurred and my right arm feels heavy, this came on suddenly',
      "I can't move my left arm and my words are coming out jumbled",
      "half of my face feels numb and I can't get the words out",
      "my face is droopy on one side and I can't talk properly",
      "I can't feel my left arm or leg, it just happened",
    ],
    [
      'I had a stroke two years ago and my speech is still a bit slurred sometimes',
      'half my face is numb from the dentist and my words are coming out funny lol',
      "my leg went numb from sitting on it, and my words come out wrong when I'm tired",
      "I'm not slurring my words and my arm is fine, the stroke nurse was happy",
      "the character's face went numb on one side and his words came out wrong",
    ],
  );

  family(
    'medical_emergency.fall-fracture: no way up, a limb bent wrong, bone at the skin',
    'imminent',
    [
      "help I'm on the bathroom floor and can't get up, I think I broke my hip",
      "I've fallen in the kitchen and I can't get up off the floor",
      "my legs gave way and I've been lying on the floor since last night",
      "I tripped on the stairs, my ankle is broken and I can't put weight on it",
      'came off my scooter and my wrist is bent the wrong way',
      'fell off the wall and the bone is sticking out through the skin',
      'got thrown from my bike and landed on my neck, my legs are tingling and numb',
    ],
    [
      "I fell asleep on the floor watching films, can't get up for work in the mornings",
      "my husband fell and can't get up off the floor",
      'my nan has been on the floor since this morning after a fall',
      "my leg is broken, it's in a cast and I can't walk on it for six weeks",
      "my leg was broken in three places when I was a kid and I couldn't walk for months",
    ],
  );

  family(
    'medical_emergency.chest-injury: broken ribs that hurt to breathe',
    'high',
    ['cracked a few ribs I think, ribs are broken and it hurts to breathe'],
    ['I broke two ribs playing rugby years ago'],
  );

  family(
    'medical_emergency.severe-bleeding: arterial, prolonged, soaking, tourniquet, near amputation',
    'imminent',
    [
      'cut my thigh on the broken glass and blood is spurting out',
      'the blood is pumping out of my arm with every heartbeat',
      "my nose has been bleeding for over an hour and won't stop",
      "I cut my palm with a knife and it's still bleeding after 40 minutes of pressing",
      "the gash on my head won't stop bleeding even with a towel on it",
      "I've bled through two tea towels already",
      "I nearly sliced my thumb off with the bread knife, it's hanging",
    ],
    [
      "I cut my hours at work and the stress won't stop",
      'the fountain was spurting water everywhere',
      'pumping iron at the gym, my arms are dead',
      'I bled through two pads today, heavy period as usual',
      'my wrist is gushing with sweat in this heat',
    ],
  );

  family(
    'medical_emergency.deep-wound: bone or tendon in view',
    'high',
    ['cut my arm on the saw and I can see the bone', 'sliced my hand and the cut is gaping'],
    ['I can see the bone structure in this x-ray picture from biology'],
  );

  family(
    'medical_emergency.poison-swallowed: a chemical or wild food swallowed',
    'imminent',
    [
      'I drank some bleach about twenty minutes ago',
      'I just swallowed a mouthful of white spirit by mistake',
      "I've eaten one of the laundry tablets, my mouth is burning",
      'had a sip from the bottle, turns out it was paraffin',
      'swallowed some antifreeze, it was in a juice bottle',
      'I drank half a cup of drain cleaner',
      "ate some berries I found in the park and now I'm vomiting and dizzy",
      'I just swallowed a button battery',
      "mixed the bleach with toilet cleaner and now I can't stop coughing",
    ],
    [
      'I took the bleach back to the shop because it was the wrong one',
      'I took the antifreeze out of the car boot',
      "I'm thinking about buying weed killer for the garden",
      'the dog ate some of the slug pellets, taking him to the vet',
      'I read a novel about a woman who drank bleach',
    ],
  );

  family(
    'medical_emergency.overdose-more: supplies at once, the overdose, an unknown number',
    'imminent',
    [
      "took the whole month's supply of my sertraline at once",
      'I swallowed my entire week of painkillers',
      'I took 3 weeks of my lithium at once',
      "injected a whole week's worth of insulin by accident and I'm shaky",
      'I took a huge overdose an hour ago',
      "I've done it, I swallowed them all",
      'I took my sleeping pills. Every single one.',
      "I took the paracetamol an hour ago and now I'm being sick",
      "I took loads of my dad's pills and I don't know how many",
      'I overdid the codeine today and I can barely stay awake',
      "I've been taking methotrexate every day this week by mistake",
      'took some pills a stranger gave me, no idea what they were, my heart is racing',
    ],
    [
      "I took my week's tablets to the pharmacy to get a dosette box",
      "I picked up my month's supply of sertraline",
      'I did it, I took them to the zoo!',
      'I take sertraline every day as prescribed',
      'she took a massive overdose last year',
      'we watched a documentary about a man who took a massive overdose',
      "my 4 year old swallowed some of my vitamins, I don't know how many",
    ],
  );

  family(
    'medical_emergency.sedation: slow breathing after opioids or more than usual',
    'imminent',
    [
      "took my nan's morphine and now my breathing is really slow",
      'injected more than usual and my breathing has gone shallow',
    ],
    ['took my meds and did the breathing exercises, breathing is slow and calm now'],
  );

  family(
    'medical_emergency.alcohol-poisoning and spiked drinks',
    'imminent',
    [
      'I had a full bottle of whisky and I keep passing out',
      "drank about a bottle of gin and I can't stop being sick",
      "I think I was spiked, I can't stand up and the room is spinning",
      'my drink tasted funny and now I can barely walk, everything is spinning and I feel so dizzy',
    ],
    [
      'I drank a bottle of wine with dinner and slept well',
      'the milk tasted off so I threw it away',
      'my drink tasted weird so I left it and went home, all fine',
      "I held a knife to the bread and told it I won't stop until it's sliced",
    ],
  );

  family(
    'medical_emergency.breathing-allergy: asthma, anaphylaxis coming back, stings',
    'imminent',
    [
      "I'm having a bad asthma attack and my inhaler has run out",
      "used my epi pen 15 minutes ago and my throat is getting tight again, it's coming back",
      "got stung by a bee, I'm allergic and now I'm wheezing",
      'I cannot breathe properly',
    ],
    [
      'I had an asthma attack as a kid and my inhaler helped',
      'I carry an EpiPen because of my nut allergy',
      "my friend's throat swelled up after peanuts once, scary",
    ],
  );

  family(
    'medical_emergency.heart: chest pain with breathlessness',
    'high',
    ['I have a bad pain in my chest and I feel short of breath'],
    ['I get a pain in my chest when I laugh too hard, then it goes'],
  );

  family(
    'medical_emergency.stuck-swallowing',
    'high',
    ["there's something stuck in my throat and I can't swallow my saliva"],
    ['I can swallow fine now, the sore throat is better'],
  );

  family(
    'medical_emergency.heart-rate: very fast at rest with faintness',
    'imminent',
    [
      "my heart rate is at 170 and won't slow down, I feel faint",
      "heart's going at like 200 and I'm sitting on the sofa, feel like I'll pass out",
    ],
    [
      'my heart rate hit 175 on the hill sprint, felt amazing',
      "my friend's heart rate was 180 after the race",
      'my heart rate is 160 when I run',
    ],
  );

  family(
    'medical_emergency.trauma: electric shock, belly pain after a crash',
    'imminent',
    [
      'got an electric shock off the mains and now my arm is numb',
      "I was hit by a car earlier and now my stomach hurts and I'm light-headed",
    ],
    ['we learnt about electric shock safety at work today'],
  );

  family(
    'medical_emergency.head-injury: a blow then vomiting, memory loss or double vision',
    'high',
    [
      "banged my head on a shelf this morning and I've been sick three times",
      "hit my head on the car door and now I'm seeing double",
      "came off my bike with no helmet and I can't remember the ride home",
    ],
    ["banged my head on the cupboard, ouch, but I'm fine"],
  );

  family(
    'medical_emergency.pre-eclampsia: pregnant, headache or swelling, and visual disturbance',
    'high',
    [
      "I'm 32 weeks pregnant with blurry vision and a pounding headache",
      "36 weeks pregnant, my ankles and face are swollen and I'm seeing spots",
    ],
    [
      "I'm pregnant and so excited, no headaches so far",
      'my sister is 30 weeks pregnant and has headaches and blurry vision',
      "I'm pregnant and I get headaches and blurry vision when I stare at screens",
    ],
  );

  family(
    'medical_emergency.infection-spreading: red lines up a limb, an opened wound with pus',
    'high',
    [
      "there's a red line spreading up my arm from the cat scratch",
      'my c-section wound has opened up and there is green pus',
    ],
    ['I read that red lines going up your arm can mean sepsis'],
  );

  family(
    'medical_emergency.heatstroke and .dehydration: no sweat in the heat, no urine with vomiting',
    'high',
    [
      "working outside in the heat all day and I've stopped sweating and I'm so dizzy",
      "I've had diarrhoea for days and haven't peed since this morning",
      "I've been throwing up all night and my pee is dark brown",
    ],
    [
      'I stopped sweating so much since I changed deodorant',
      "my son had diarrhoea and hasn't had a wee since lunch",
    ],
  );

  family(
    'medical_emergency.diabetic: ketoacidosis and severe hypos',
    'imminent',
    [
      'my blood sugar is 31 and I keep throwing up',
      "I'm type 1 and I'm shaking and sweating and can't think straight",
      'my meter says LO and I feel so shaky',
    ],
    [
      'my sugar levels were 25 grams in that drink',
      "I'm diabetic and when I go low I get shaky and sweaty, so I carry sweets",
    ],
  );

  family(
    'medical_emergency.fumes: gas or carbon monoxide with symptoms',
    'imminent',
    [
      "the carbon monoxide alarm is beeping and I've got a headache and feel sick",
      'gas leak in the kitchen, feel dizzy and sick',
    ],
    [
      'I smelled gas yesterday, the engineer came and fixed it',
      'the gas bill is giving me a headache',
    ],
  );

  family(
    'medical_emergency.burn-severe: large, deep or chemical burns',
    'imminent',
    [
      'I scalded my chest and the burn covers most of my stomach',
      "spilt acid on my hand and it's blistering and burning",
      'the skin on my arm is sliding off after the boiling water',
    ],
    [
      "I burned my finger on the oven, it's a small blister",
      "the burn covers most of my thumb, it's small",
    ],
  );

  family(
    'medical_emergency.overdose-taken: "od" as people type it, never the word "odd"',
    'imminent',
    [
      "bro i think i od'd on my xans",
      'i odd on my meds last night',
      'just odd on tramadol, scared',
      'i think i odd',
    ],
    [
      'Handing in my warrant card tomorrow. Retiring. Feels odd after 30 years',
      "It would be pretty odd calling but he'd probably be okay with it",
      'it is just odd.',
    ],
  );

  family(
    'medical_emergency.seizures-repeated: one after another',
    'imminent',
    ["I'm having seizures back to back", 'having fits one after the other, please help'],
    [
      'I keep having fits of laughter watching this show',
      'I had two seizures last year and the new tablets have stopped them',
    ],
  );

  family(
    'medical_emergency.sudden-headache-sight: thunderclap headache, a curtain over the sight',
    'high',
    [
      'sudden headache like being hit on the back of the head, worst of my life',
      'there is a dark shadow coming down over the vision in my right eye',
    ],
    [
      "I've got a headache from staring at screens all day",
      'the curtain came down at the end of the play',
    ],
  );
  family(
    "medical_emergency.overdose-taken: all of someone else's medicines",
    'imminent',
    ["I took all of dad's pills", "took all of mum's sleeping tablets an hour ago"],
    ['dad swallowed all of his pills at once, he hates taking them one by one lol'],
  );

  family(
    'medical_emergency.ambulance-needed: an ambulance asked for, fits in withdrawal',
    'imminent',
    [
      "i'm in alcohol withdrawal and having fits, i need an ambulance",
      'please call me an ambulance',
      'coming off the vodka and I keep having fits',
    ],
    [
      "we didn't need an ambulance in the end",
      "I don't need an ambulance, it's just a bruise",
      'I needed an ambulance last year',
    ],
  );

  family(
    'medical_emergency.asthma-now: an asthma attack now, in the first person',
    'high',
    ["I think I'm having an asthma attack, a proper one", 'im having a bad asthma attack at work'],
    ['I had an asthma attack last week', "my son's having an asthma attack, what do I do"],
  );

  family(
    'medical_emergency.diabetic, head-injury, infection: signs named without the textbook words',
    'high',
    [
      "pretty sure this is a hypo, a bad one, I can't get my numbers up",
      "think I've properly concussed myself this time, I can't remember the last hour",
      "I've got every sepsis symptom on the leaflet they gave me",
    ],
    [
      'had a hypo earlier but got my sugars back up with juice',
      "I can't remember the last hour of the film, I fell asleep",
      'the sepsis symptoms leaflet is on the fridge',
    ],
  );

  family(
    'medical_emergency.crash-injured: a crash told with a serious injury now',
    'imminent',
    [
      "I've been in a crash, I'm badly hurt and bleeding",
      'got knocked off by a van on the ring road, I cant move my leg',
      "crashed the car into a wall, I'm trapped in the seat",
      'was in a car accident just now and im bleeding, really hurt',
    ],
    [
      'I was in a car accident last year, I was badly hurt but fine now',
      'crashed my laptop again and lost the whole essay',
      'the film opens with a crash and the hero trapped in the car',
    ],
  );

  family(
    'medical_emergency.fall-fracture: bone seen after a fall or break',
    'imminent',
    [
      "fell off the front of the stage and i think my leg's broken, i can see bone",
      'snapped my wrist coming off the ladder and I can see the bone',
    ],
    ["I can see bone broth on the menu, I'm getting it", 'broken record, I can see it now'],
  );
});
