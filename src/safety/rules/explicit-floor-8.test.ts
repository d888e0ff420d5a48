import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe("explicit statements found in session 18's second round (explicit-floor-8)", () => {
  describeFamily(
    detector,
    'an overdose told by the amount',
    'medical_emergency',
    'imminent',
    [
      'swallowed half a bottle of paracetamol',
      'ok dont freak out but i swallowed half the bottle of antihistamines to knock myself out and now things are crawling on the walls',
      "I've taken half a box of sleeping pills",
    ],
    [
      'took half a tablet for my headache',
      'had half a box of chocolates and a bottle of wine, what a night',
      'the pharmacist gave me half a strip of tablets to tide me over',
    ],
  );
  describeFamily(
    detector,
    'a seizure coming or witnessed',
    'medical_emergency',
    'high',
    [
      'feel the fit coming, on my own at home, cant find my rescue meds',
      'my gf says i was shaking and not responding for 5 min, i dont remember any of it',
    ],
    [
      'I can feel a cold coming on',
      "my dog was shaking and not eating, the vet says it's nerves",
      "I've not had a seizure in three years, the meds are working",
    ],
  );
  describeFamily(
    detector,
    'signs in pregnancy',
    'medical_emergency',
    'high',
    [
      "waters broke and it's green, 35 weeks, partner's at work",
      "33 weeks pregnant, baby hasn't moved at all today, she's normally so kicky",
      "I'm 26 weeks and I've been getting tightenings all evening, regular like clockwork",
    ],
    [
      '39 weeks and my waters broke, clear, the midwife says come in when contractions are regular',
      "the baby hasn't moved out of our room yet, she's 7 months old",
      "38 weeks and having tightenings on and off, midwife says that's normal",
    ],
  );
  describeFamily(
    detector,
    'an object driven into the body',
    'medical_emergency',
    'high',
    [
      'nail gun went through my foot, gaffer says just pull it out and crack on',
      'got a fishhook deep in my eye. yes really',
    ],
    [
      'the nail went straight through the plank into the wall',
      'I put a screw in my shelf and it went through the other side',
    ],
  );
  describeFamily(
    detector,
    'a blood sugar that will not come down',
    'medical_emergency',
    'high',
    [
      'sorry if this is stupid but my meter says 29 and I feel rough. corrected twice and its not moving',
      'type 1 here, sugars have been in the 20s for 3 days and I keep being sick',
    ],
    [
      'my meter says 6.2 this morning, best in weeks',
      'I am 29 and just got diagnosed with type 2',
      'my sugars were 25 years ago when I was diagnosed, a different world now',
    ],
  );
  describeFamily(
    detector,
    'a fall with no way up, a hip',
    'medical_emergency',
    'high',
    [
      'I am 90. I slid off the bed and am stuck between the bed and the wall, my hip is sore',
      'slipped in the bath, leg looks shorter and turned out, cant move it',
    ],
    [
      'my phone got stuck between the bed and the wall again',
      'the cat is stuck under the sofa and will not come out',
    ],
  );
  describeFamily(
    detector,
    'signs after a blow to the head',
    'medical_emergency',
    'high',
    [
      'banged my head on a beam at work, clear watery stuff coming out my nose now',
      'knocked myself out for a few seconds falling off the trampoline and now my neck hurts and my hands are tingly',
    ],
    [
      'banged my head on a beam at work, felt a bit silly but fine',
      'that boxer knocked me out with how good his speech was',
    ],
  );
  describeFamily(
    detector,
    'shivering that stops in the cold',
    'medical_emergency',
    'imminent',
    [
      'got lost on the hill, soaked through, stopped shivering now which is good i guess? just really tired',
    ],
    [
      'sat by the fire after the swim and stopped shivering, lovely and warm now',
      'the puppy stopped shivering once we got him home',
    ],
  );
  describeFamily(
    detector,
    'low oxygen saturation',
    'medical_emergency',
    'high',
    ['COPD, breathing much worse than usual today, the oxygen thing on my finger says 84'],
    ['my oxygen is 98 and heart rate 72, all fine', 'the oxygen bar was 85 quid, what a rip off'],
  );
  describeFamily(
    detector,
    'a tooth socket that keeps bleeding',
    'medical_emergency',
    'high',
    ['tooth out at the dentist this morning and its still pouring, filled my mouth 4 times'],
    [
      'wisdom tooth out yesterday, bit of blood on the pillow but it stopped',
      'my teeth are fine, the dentist says keep flossing',
    ],
  );
  describeFamily(
    detector,
    'something thrown at the speaker by someone at home',
    'abuse',
    'high',
    [
      'lol my mum threw a mug at my head again, missed this time. anyway how do i get tea out of carpet',
      'he threw the remote into my face because I changed the channel',
    ],
    [
      'my brother threw a pillow at my head lol',
      'she threw a surprise party for me',
      'my son threw his dinner at the wall, toddlers eh',
    ],
  );
  describeFamily(
    detector,
    'intent stated now, beside a past in the same sentence',
    'harm_to_others',
    'high',
    [
      "I'm going to kill the man who abused me as a kid. He's in this hospital, on the ward downstairs.",
      "I'll make him pay for what he did to me when I was little, I know where he drinks",
    ],
    [
      'when I was a teenager I was going to kill him, but I got help years ago',
      'as a kid I used to say I would kill my brother, we laugh about it now',
    ],
  );
  describeFamily(
    detector,
    'an allergic reaction by its signs',
    'medical_emergency',
    'high',
    [
      'face puffing up after the hair dye, eyes nearly closed',
      'new painkillers from the dentist, come out in welts and it feels like breathing through a straw',
    ],
    [
      'my eyes are puffy after crying at the film',
      'got hives from the new washing powder, itchy but fine, took an antihistamine',
    ],
  );
  describeFamily(
    detector,
    'illness in great heat',
    'medical_emergency',
    'high',
    [
      'stuck in traffic 3 hours in a car with no aircon, my vision is going spotty and ive been sick',
    ],
    [
      'so hot in the office today, I have been sick of it all week',
      'loved the sauna, came out feeling brand new',
    ],
  );
  describeFamily(
    detector,
    'a door barricaded against someone',
    'abuse',
    'high',
    [
      "My son is outside my bedroom door shouting for the bank card and he's got the hammer from the shed. I'm 79. I've wedged a chair under the door.",
      'I sleep with a chair under the door handle since he moved back in',
    ],
    [
      "I've wedged a chair against the door to stop the draught",
      'we put a chair against the door so the cat cannot get into the nursery',
    ],
  );
  describeFamily(
    detector,
    'a blow to the head with a laugh beside it',
    'medical_emergency',
    'high',
    [
      'knocked myself out for a few seconds falling off the trampoline (im 34 lol) and now my neck hurts and my hands are tingly',
    ],
    ['lol go knock yourself out, the tingly feeling of a new haircut is the best'],
  );
  describeFamily(
    detector,
    'an object thrown at the speaker, beside play',
    'abuse',
    'high',
    [
      'my dad threw a plate at me',
      'my dad threw a ball at my head on purpose and laughed',
      'my husband broke my nose',
    ],
    [
      'my dad threw a ball at me',
      'my brother threw the ball at me and I dropped it',
      'my daughter broke my nose with a football',
    ],
  );
});
