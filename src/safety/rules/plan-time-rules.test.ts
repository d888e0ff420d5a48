import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('plans stated as logistics (plan-time-rules)', () => {
  describe('suicide.means-and-time: a means held and "doing it" at a time', () => {
    itFlags(
      detector,
      "I've got the tablets sorted and I'm doing it on Saturday night",
      'suicide',
      'imminent',
    );
    itFlags(detector, 'The noose is in my wardrobe. Thursday.', 'suicide', 'high');
    itFlags(detector, "I have the rope and I'm ending it tomorrow", 'suicide', 'imminent');
    itFlags(
      detector,
      'got a few of my own razors. doing it tonight, locked the bathroom door',
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(detector, "my insulin is in the fridge, I'll do it after dinner like always", null);
    itFlags(detector, "I've bought what I need for the cake and I'm doing it tomorrow", null);
    itFlags(
      detector,
      "my dad has a shotgun for clay shooting and I know where the key is, we're going this weekend",
      null,
    );
  });

  describe('suicide.means-at-hand: means beside the speaker or set aside, with a time', () => {
    itFlags(
      detector,
      "the tablets are next to me on the bed and I'm starting at eleven",
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "Monday. I've been saving up my meds for it since the summer.",
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'got the razor out of the sharpener and locked the bathroom door. doing it now',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "the rope in the loft isn't for climbing anymore. sunday.",
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      "the tablets are beside me on the desk, I'm done with the shopping now",
      null,
    );
    itFlags(detector, "the rope is in front of me, I'm starting the knot practice at scouts", null);
    itFlags(
      detector,
      'my tablets are next to me on the bedside table, I take them every night at ten',
      null,
    );
  });

  describe('suicide.time-alone: "doing it" at a time chosen for being alone', () => {
    itFlags(detector, 'once my parents go to bed I am going to do it.', 'suicide', 'high');
    itFlags(detector, "I'll do it on Friday while my wife is at work.", 'suicide', 'high');
    itFlags(
      detector,
      "when my brother leaves for his night shift I'm going to do it",
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(detector, "once everyone's asleep I'll do it, sneak downstairs for cake", null);
    itFlags(detector, "when the house is empty I'm going to do it, blast my music and dance", null);
    itFlags(
      detector,
      "I've got the paint and I'm doing it on Saturday once the kids are at their dad's",
      null,
    );
  });

  describe('suicide.overdose-planned: a whole supply taken at once', () => {
    itFlags(
      detector,
      "I'm going to swallow every one of my sleeping tablets tonight",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      'after my boyfriend leaves for work I am taking all of my antidepressants',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "fifty paracetamol in my drawer and I'm taking them tomorrow night",
      'suicide',
      'imminent',
    );
    itFlags(detector, "I'll take the lot tonight once everyone's gone out.", 'suicide', 'imminent');
    // look-alikes
    itFlags(detector, "I'm taking them all to the zoo tomorrow", null);
    itFlags(detector, "I've kept back a week of my tablets for the holiday", null);
    itFlags(
      detector,
      'Had a nice chat with the pharmacist, I was taking them all at once and it upset my stomach',
      null,
    );
  });

  describe('suicide.place-and-time: a journey to a drop, a railway or a road, with a time', () => {
    itFlags(
      detector,
      "driving up to the viaduct after my shift and that's it",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      "I'm heading to the cliffs on Sunday morning, I've made up my mind",
      'suicide',
      'imminent',
    );
    itFlags(detector, "I'm going to step in front of a train on Monday", 'suicide', 'imminent');
    itFlags(detector, "by the time you read this I'll be gone", 'suicide', 'high');
    // look-alikes
    itFlags(detector, "driving to the cliffs on Sunday for a picnic, can't wait", null);
    itFlags(
      detector,
      "I'm going to walk in front of the class and give my presentation tomorrow",
      null,
    );
    itFlags(detector, "by the time you read this I'll have landed in Spain", null);
    itFlags(detector, 'working out whether three floors is enough space for the family', null);
  });

  describe('suicide.method-set-now: at the place, or the method set up, now', () => {
    itFlags(
      detector,
      "I'm sat on the roof of the multi storey right now and I just wanted someone to know",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      "the hose is on the exhaust and I'm sitting in the garage with the engine running",
      'suicide',
      'imminent',
    );
    itFlags(
      detector,
      "the belt is tied to the bannister and I'm sitting under it",
      'suicide',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'the bath is running and I have got my razor ready to shave my legs', null);
    itFlags(detector, "I tied the rope to the tree for the kids' swing", null);
    itFlags(detector, "I'm parked at the cliff lookout, came here to watch the sunset", null);
    itFlags(
      detector,
      'Two winters ago I sat in the garage with the engine running until my sister found me. I am doing well now.',
      null,
    );
  });

  describe('suicide.date-chosen: a date picked for dying', () => {
    itFlags(detector, "I've decided Christmas will be my last.", 'suicide', 'high');
    itFlags(
      detector,
      "Friday is the deadline I've set myself and if nothing changes I'm done",
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'Saturday. I have decided. I just want to tell this to someone.',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'Booked a hotel room for next week so nobody at home finds me.',
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(detector, "I've picked a date for the wedding, it'll be next June", null);
    itFlags(detector, "I've decided this Christmas will be my last one working at the shop", null);
    itFlags(detector, 'hotel booked so nobody at home finds me before the surprise party', null);
    itFlags(
      detector,
      "Tonight. I've decided. I just wanted to say it to someone: I'm quitting my job",
      null,
    );
  });

  describe('self_harm.planned-act: self-harm set for a time or a place', () => {
    itFlags(detector, "as soon as I get home I'm going to cut", 'self_harm', 'high');
    itFlags(
      detector,
      "I bought new razors and I'm using them tonight when everyone's asleep",
      'self_harm',
      'imminent',
    );
    itFlags(
      detector,
      'gonna do it with the lighter tonight, on my arm where nobody looks',
      'self_harm',
      'high',
    );
    // look-alikes
    itFlags(detector, 'going home to cut the grass after work', null);
    itFlags(
      detector,
      "I'm going to do it with the lighter after dinner, light all the candles",
      null,
    );
    itFlags(detector, 'bought new blades for the plane and using them tonight on the door', null);
  });

  describe('harm_to_others.armed-approach: a weapon carried to a named person at a time', () => {
    itFlags(
      detector,
      "I've got a knife in my coat and he finishes work at 5. he's getting it",
      'harm_to_others',
      'imminent',
    );
    itFlags(
      detector,
      "I'm bringing my uncle's gun to his house tonight, he's gonna pay",
      'harm_to_others',
      'imminent',
    );
    itFlags(
      detector,
      "I'm going to put bleach in her coffee tomorrow morning",
      'harm_to_others',
      'high',
    );
    // look-alikes
    itFlags(detector, "I've got a knife in my bag for the picnic, he's getting the bread", null);
    itFlags(detector, "I'm going to put sugar in her coffee tomorrow", null);
    itFlags(
      detector,
      "I put his tablets in his tea because he won't swallow them, the doctor said it's fine",
      null,
    );
  });

  describe("abuse.threat-with-time: an abuser's threat tied to when he is back", () => {
    itFlags(detector, "he said when he gets back tonight he's going to kill me", 'abuse', 'high');
    itFlags(detector, "she texted me 'when I get home you're dead'", 'abuse', 'high');
    itFlags(
      detector,
      'my ex says he is coming round tonight to teach me a lesson',
      'abuse',
      'high',
    );
    // look-alikes
    itFlags(detector, "he said when he gets home he's going to finish the decorating", null);
    itFlags(detector, "you're dead when I get back, the kids joked while playing tag", null);
  });

  describe('medical_emergency.packs-taken: packs of a medicine taken at once', () => {
    itFlags(detector, 'took three packets of paracetamol an hour ago', 'medical_emergency', 'high');
    itFlags(detector, 'I took 4 boxes of ibuprofen this afternoon', 'medical_emergency', 'high');
    itFlags(
      detector,
      'my brother says I took two strips of codeine earlier',
      'medical_emergency',
      'high',
    );
    // look-alikes
    itFlags(detector, 'my nan took two packets of biscuits to the meeting', null);
    itFlags(detector, 'took two packets of crisps at lunch', null);
  });
});
