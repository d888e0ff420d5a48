import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('plan statements without a death word (plan-rules)', () => {
  describe('a place of falling or drowning, and no return', () => {
    itFlags(
      detector,
      'heading out to the viaduct once work is done and im not coming back',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'Going up to the cliffs on sunday and I won’t be driving home.',
      'suicide',
      'imminent',
    );
    itFlags(detector, "I'm walking down to the railway line tonight.", 'suicide', 'imminent');
    itFlags(
      detector,
      'the flyover near the retail park, after dark. that’s the plan',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'The reservoir is iced over but thin at the edge. I’m going out there tonight and I’m not coming back.',
      'suicide',
      'imminent',
    );
    itFlags(detector, 'tracks after midnight', 'suicide', 'high');
    itFlags(detector, 'gonna jump off the multi storey after my shift', 'suicide', 'imminent');
    // A time given as a moment of the speaker's day: getting home, the end of a call or practice.
    itFlags(detector, "I'm going to kill myself when I get home", 'suicide', 'imminent');
    itFlags(detector, 'planning to burn myself when i get home', 'self_harm', 'imminent');
    itFlags(detector, 'when i get off this call im going to cut', 'self_harm', 'imminent');
    itFlags(detector, "i'm going to cut after practice", 'self_harm', 'imminent');
    itFlags(detector, "I'll make dinner when I get home, then the gym after practice", null);
    itFlags(
      detector,
      'Been walking to the quarry every night so I know the way in the dark.',
      'suicide',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "I'm taking the train at 3 to see my sister.", null);
    itFlags(
      detector,
      'Got a one way ticket to Lisbon for the new job, not coming back to this town!',
      null,
    );
    itFlags(
      detector,
      "We're driving to the coast this weekend and won't be driving back until Monday.",
      null,
    );
    itFlags(
      detector,
      'me and my son are going to the railway line at dawn to photograph the steam engine',
      null,
    );
    itFlags(
      detector,
      "i'm off to the tracks on saturday, the go-kart tracks for my mate's birthday",
      null,
    );
    itFlags(
      detector,
      'The kids were jumping off the trampoline at 3 and then into the pool.',
      null,
    );
    itFlags(
      detector,
      "I'll be going back to the tower block where I grew up to visit my nan. Top floor.",
      null,
    );
    itFlags(detector, 'we worked out which bit of the river is deepest for swimming', null);
  });

  describe('at the edge now', () => {
    itFlags(
      detector,
      "i'm on the ledge of the 12th floor and i'm letting go",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      'every time a train passes I step a little closer to the platform edge',
      'suicide',
      'imminent',
    );
    itFlags(detector, "I'm about to jump and I needed someone to know", 'suicide', 'imminent');
    // look-alikes
    itFlags(detector, "I'm about to jump in the shower then I'll call you.", null);
    itFlags(
      detector,
      "I'm on the fire escape having a smoke, I'll let go of this job soon I think.",
      null,
    );
    itFlags(detector, "Next train in 4 min, I'm not getting on it, it's way too packed.", null);
  });

  describe('driving into something on purpose', () => {
    itFlags(
      detector,
      'thinking of steering my van into the bridge pillar on the way home',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "I'm not going to brake when I get to the wall on the bypass.",
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(detector, "I'm not going to brake for every pigeon, my driving instructor says.", null);
    itFlags(detector, 'I crashed my bike into a tree last summer and broke my wrist.', null);
  });

  describe('means assembled or at hand', () => {
    itFlags(
      detector,
      'Got the hosepipe taped to the exhaust, just sitting in the garage now.',
      'suicide',
      'imminent',
    );
    itFlags(detector, "I've got the charcoal and duct tape in the boot.", 'suicide', 'imminent');
    itFlags(
      detector,
      "been sitting with my grandad's rifle in my lap all evening",
      'suicide',
      'imminent',
    );
    itFlags(detector, 'Tomorrow’s the day. I have the rope.', 'suicide', 'imminent');
    itFlags(
      detector,
      'my pills are all crushed in a glass of juice, drinking it at midnight',
      'suicide',
      'imminent',
    );
    itFlags(detector, 'the tablets are lined up on my bedside table', 'suicide', 'high');
    itFlags(
      detector,
      "I'm going to drink the weedkiller in the shed tonight",
      'suicide',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'We have charcoal and gaffer tape in the shed for the barbecue.', null);
    itFlags(detector, "I have the charcoal and the tape for the kids' art project.", null);
    itFlags(
      detector,
      'I put my tablets in a row next to a glass of water every morning so I don’t forget them.',
      null,
    );
    itFlags(detector, 'the tablets are lined up in my pill organiser for the week', null);
    itFlags(
      detector,
      'Got my gun licence renewed, it’s on the table in front of me, so proud',
      null,
    );
    itFlags(
      detector,
      "Tonight is the night, my dad's old shotgun is going to the auction house.",
      null,
    );
    itFlags(detector, 'my friend sent me a photo of pills lined up on her desk', null);
  });

  describe('medicines bought or kept back to have enough', () => {
    itFlags(
      detector,
      "bought a third box of paracetamol from a different chemist so I'd have enough",
      'suicide',
      'imminent',
    );
    itFlags(detector, "I've been stockpiling my quetiapine for weeks", 'suicide', 'high');
    itFlags(detector, 'been saving the oxycodone. nobody knows.', 'suicide', 'high');
    itFlags(
      detector,
      'i have a stash of tablets now, they’re my way out when it gets too much',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "I asked the GP for sleeping tablets and I'm not going to take them to sleep",
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      'Picked up my prescription from the pharmacy, a month’s supply, that’s me sorted.',
      null,
    );
    itFlags(
      detector,
      'I bought two packs of paracetamol from another shop because Boots had run out.',
      null,
    );
    itFlags(detector, 'I stockpiled tins of beans in case of another lockdown.', null);
    itFlags(detector, 'The meds are my way out of this depression, I hope.', null);
  });

  describe('preparatory acts with finality', () => {
    itFlags(
      detector,
      'gave my cat to my neighbour and my games to my brother. after that i’m done',
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      'transferred my money to my sister, she’ll work out why soon enough',
      'suicide',
      'imminent',
    );
    itFlags(detector, 'my goodbye video is filmed and saved', 'suicide', 'imminent');
    itFlags(detector, 'the letters are all sealed, one for each of my kids', 'suicide', 'imminent');
    itFlags(
      detector,
      'hair done, nice dress on, so I look decent when they find me',
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      "Sold the motorbike and handed my nephew the cash. I won't be needing it.",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      'Cuddled my dad for ages tonight because it’s the last time I’ll see him.',
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      "Giving my sofa and my bike away because we're moving house next week.",
      null,
    );
    itFlags(detector, 'Christmas cards are done, everyone I love gets one!', null);
    itFlags(detector, "Recorded a goodbye video for my colleague who's retiring.", null);
    itFlags(detector, 'The letters are done, one for each of the schools I’m applying to', null);
    itFlags(detector, "It's the last time I'll see her before she flies to Australia.", null);
    itFlags(
      detector,
      'Transferred my savings to an ISA this morning, that’s the last of the admin.',
      null,
    );
  });

  describe('a plan for how, without naming the act', () => {
    itFlags(detector, "I've worked out how I'd do it and I just need the nerve", 'suicide', 'high');
    itFlags(
      detector,
      'i know exactly how i’ll do it, just waiting for the right night.',
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      "I know how I'm going to do it now, I'll split the essay into three parts.",
      null,
    );
    itFlags(detector, 'I know how I’m gonna do it, just gotta get the nerve to ask her out.', null);
    itFlags(detector, "I planned how I'd do it if I won the lottery, a house by the sea.", null);
  });
  describe('asking how a method kills (lethality questions)', () => {
    for (const text of [
      'is drowning painful?',
      'how long does it take to lose consciousness if you hang',
      'is it quick if you hang yourself',
      'would it be painless to drown',
      "up at 3am searching 'painless ways to go'",
    ])
      itFlags(detector, text, 'suicide');
    for (const text of [
      'is drowning painful? we watched the titanic documentary',
      'how long can you survive without water? its for my biology homework',
      'would it hurt if i jumped off the swing',
      'quickest way to go to the station from here?',
      'how long can a phone survive drowning in the bath lol',
      'i nearly drowned as a kid, is it normal to still be scared of swimming?',
    ])
      itFlags(detector, text, null);
  });
  describe('a goodbye handed to the agent to pass on', () => {
    for (const text of [
      'could you tell my kids i love them',
      'if something happens to me please tell my brother it was not his fault',
      'tell them i am sorry for everything',
    ])
      itFlags(detector, text, 'suicide');
    for (const text of [
      'can you tell my mum i am sorry i missed her call? joking, you cannot',
      'I always tell my kids I love them',
      'could you tell me what to say to my mum to say sorry',
    ])
      itFlags(detector, text, null);
  });
});
