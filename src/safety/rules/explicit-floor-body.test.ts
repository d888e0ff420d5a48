import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit medical emergencies and self-harm (explicit-floor-body)', () => {
  describe('a battery or magnet swallowed', () => {
    itFlags(
      detector,
      'i think i swallowed a button battery from the remote, my chest feels funny',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'I just swallowed two magnets by accident, what happens now',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'i swallowed the watch battery when i was holding it in my mouth',
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'I swallowed my pride and apologised to her', null);
    itFlags(detector, 'changed the batteries in the smoke alarm and swallowed a cold drink', null);
  });
  describe('a cleaning product drunk, mouth burning', () => {
    itFlags(
      detector,
      'Gulped some of the oven cleaner thinking it was juice and my throat is burning',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'I drank the toilet cleaner by mistake, my mouth is on fire',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "swallowed a mouthful of bleach from the unmarked bottle and I'm drooling and can't swallow",
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(
      detector,
      'cleaned the oven with oven cleaner earlier and drank a coffee, my hands sting a bit',
      null,
    );
    itFlags(detector, "sprayed toilet cleaner near my face but didn't swallow any, all fine", null);
  });
  describe('several opioid patches at once', () => {
    itFlags(
      detector,
      'stuck three fentanyl patches on at once because the pain was unbearable',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "I've got five of the pain patches on together now",
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'put two of my buprenorphine patches on at the same time and feel woozy',
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'my doctor said never to put two patches on at once', null);
    itFlags(detector, 'We sewed four patches on the jacket at once', null);
  });
  describe('an overdose with how long ago, or the whole cabinet', () => {
    itFlags(
      detector,
      'overdose about 2 hours ago, I want to live now, help',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'I took all the tablets from the kitchen drawer',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'swallowed everything in my medicine cabinet an hour ago',
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'the overdose awareness training was an hour ago', null);
    itFlags(detector, 'I took all the towels from the bathroom cupboard', null);
  });
  describe('anaphylaxis in lay words', () => {
    itFlags(
      detector,
      'peanut in the curry I think, my tongue is swelling and my voice is going hoarse',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'got stung by a bee and my throat is getting tight',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "allergic to prawns and had some by mistake, lips are swollen and throat's closing",
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "allergic to cats so my eyes are itchy and I'm sneezing", null);
    itFlags(detector, 'after the wasp sting my arm is a bit swollen and red', null);
  });
  describe('asthma the inhaler is not relieving', () => {
    itFlags(
      detector,
      'used the inhaler loads, still wheezing, I can barely finish a sentence',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'asthma is really bad tonight, lips are going blue',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "my inhaler isn't doing anything and I can't complete a sentence without stopping",
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'my asthma is fine today, I finished the sentence worksheet', null);
    itFlags(detector, 'inhaler is in my bag, breathing fine, lips are chapped', null);
  });
  describe('hypoglycaemia', () => {
    itFlags(
      detector,
      "pretty sure I'm having a hypo, sweaty and can't focus",
      'medical_emergency',
      'high',
    );
    itFlags(
      detector,
      'going into a hypo on the bus and my dextrose is gone',
      'medical_emergency',
      'high',
    );
    itFlags(
      detector,
      "took my insulin twice by mistake this morning and now I'm shaky and sweating",
      'medical_emergency',
      'high',
    );
    // look-alikes
    itFlags(detector, 'my blood sugar was steady all day, no hypo today', null);
    itFlags(detector, 'the hippo at the zoo was hungry', null);
  });
  describe('diabetic ketoacidosis', () => {
    itFlags(
      detector,
      "i've had no insulin since friday and keep throwing up",
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      'I have been without insulin for three days, breathing fast and being sick',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "ran out of insulin for two days now, can't keep anything down, vomiting all night",
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "I've had no insulin problems since switching pens", null);
    itFlags(detector, 'I ran out of insulin pens so I picked up more from the pharmacy', null);
    itFlags(
      detector,
      'Nursing exam revision: a 72-year-old patient with no insulin for two days, vomiting and breathing fast',
      null,
    );
  });
  describe('a fit coming or fits one after another', () => {
    itFlags(
      detector,
      'I can feel a fit coming on, I stopped drinking three days ago',
      'medical_emergency',
      'imminent',
    );
    itFlags(detector, "another seizure is coming, I'm on my own", 'medical_emergency', 'imminent');
    itFlags(
      detector,
      'keep having seizures one after another this evening',
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'the dress fits, coming to the party', null);
    itFlags(detector, 'had seizures as a child, none for fifteen years', null);
  });
  describe('a heart attack named now', () => {
    itFlags(
      detector,
      'this is a heart attack, I know it, crushing pain in my chest and down my arm',
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "I'm having a heart attack, sweating and pain in my jaw",
      'medical_emergency',
      'imminent',
    );
    itFlags(detector, "my heart's giving out, I can tell", 'medical_emergency', 'imminent');
    // look-alikes
    itFlags(detector, 'the price nearly gave me a heart attack lol', null);
    itFlags(detector, 'watched a video on heart attack symptoms for my first aid course', null);
  });
  describe('stabbed just now', () => {
    itFlags(
      detector,
      "I've just been stabbed outside the chip shop",
      'medical_emergency',
      'imminent',
    );
    itFlags(detector, "i got stabbed in my leg and it won't stop", 'medical_emergency', 'imminent');
    itFlags(detector, 'just been stabbed walking home', 'medical_emergency', 'imminent');
    // look-alikes
    itFlags(detector, "I've been stabbed in the back by my so-called friends", null);
    itFlags(detector, 'I got stabbed by a rose thorn while gardening', null);
  });
  describe('a deep burn', () => {
    itFlags(
      detector,
      'scalded my arm with the kettle and the skin has gone white and leathery',
      'medical_emergency',
      'high',
    );
    itFlags(
      detector,
      "burnt myself on the bonfire, skin's charred on my shin",
      'medical_emergency',
      'high',
    );
    itFlags(
      detector,
      'got a burn off the oven tray, the skin looks waxy and white',
      'medical_emergency',
      'high',
    );
    // look-alikes
    itFlags(detector, "burned my hand on the kettle, skin's just pink and sore", null);
    itFlags(detector, 'got sunburnt, skin is red and peeling', null);
  });
  describe('a drooping face and words that will not come', () => {
    itFlags(
      detector,
      "my face is drooping and the words won't come",
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "face feels lopsided and words aren't coming out right",
      'medical_emergency',
      'imminent',
    );
    itFlags(
      detector,
      "my face has gone droopy, my words don't come",
      'medical_emergency',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "face feels droopy from tiredness but I'm chatting away fine", null);
    itFlags(detector, "my words won't come out when I'm nervous in meetings", null);
  });
  describe('cutting or opening the skin', () => {
    itFlags(detector, "I'm going to open up my wrists tonight", 'self_harm', 'high');
    itFlags(detector, 'mi a go cut miself tonight', 'self_harm', 'high');
    itFlags(detector, 'I keep making cuts on myself with a pin', 'self_harm', 'high');
    // look-alikes
    itFlags(detector, 'the tattoo artist will open up my skin a little for the tattoo', null);
    itFlags(detector, 'I cut my hair short and I love it', null);
  });
  describe('an everyday tool used on the body on purpose', () => {
    itFlags(detector, 'burned my arm with the lighter on purpose', 'self_harm', 'high');
    itFlags(detector, 'nicked my wrist with the peeler on purpose', 'self_harm', 'high');
    itFlags(detector, 'used the craft knife on my thighs again', 'self_harm', 'high');
    // look-alikes
    itFlags(detector, 'I cut my fringe with the kitchen scissors on purpose', null);
    itFlags(detector, 'the blade on my skates needs sharpening', null);
  });
  describe('marks admitted as self-harm', () => {
    itFlags(
      detector,
      "the scratches on my arm aren't from the cat, they're from me",
      'self_harm',
      'high',
    );
    itFlags(
      detector,
      'these marks, I make them with my nails when it gets too loud',
      'self_harm',
      'high',
    );
    itFlags(
      detector,
      "the cuts on my legs are not from shaving like I said, they're from me",
      'self_harm',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      "the marks on the wall aren't from the kids, they're from me moving furniture",
      null,
    );
    itFlags(
      detector,
      "the scratches on my car aren't from the hedge, they're from me reversing",
      null,
    );
  });
  describe('cutting as a routine, recency and nails dug in', () => {
    itFlags(detector, 'I cut myself whenever we argue', 'self_harm', 'high');
    itFlags(detector, 'I cut after every shift now', 'self_harm', 'high');
    itFlags(
      detector,
      "two days since my last cut and it's still bleeding and I want to do it again",
      'self_harm',
      'high',
    );
    itFlags(detector, 'dig my fingernails into my wrists until they bleed', 'self_harm', 'high');
    // look-alikes
    itFlags(detector, 'I cut after every second row when knitting stripes', null);
    itFlags(
      detector,
      "it's been months since my last cut and colour at the salon, I want a new look",
      null,
    );
    itFlags(detector, "since I last cut my hair it's grown so fast", null);
    itFlags(detector, 'I dig my nails into a stress ball until it squeaks', null);
  });
});
