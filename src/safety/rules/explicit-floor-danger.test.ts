import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit danger from others and to others (explicit-floor-danger)', () => {
  describe('violence under way at home (abuse.violence-under-way)', () => {
    itFlags(
      detector,
      'my stepdad is smashing my face into the wall right now',
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      'she is banging my head against the fridge and screaming',
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "hes kicking the bedroom door in and i'm behind the bed",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "my boyfriend's trying to get in, he's booting the door down",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "he's splashing petrol all over the stairs and saying we'll all burn",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "my brother poured lighter fluid over me and he's holding a lighter",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "mums boyfriend has got her against the wall choking her and i'm hiding under the bed",
      'abuse',
      'imminent',
    );
    itFlags(detector, "she's got my dad by the throat hitting him", 'abuse', 'imminent');
    // look-alikes
    itFlags(detector, "i'm slamming my head on the desk over this maths homework lol", null);
    itFlags(detector, 'the builders are kicking the old door in to replace the frame', null);
    itFlags(detector, "he's pouring petrol into the lawnmower", null);
    itFlags(
      detector,
      "we're on the floor playing with the kids, dad's got mum on the floor tickling her",
      null,
    );
  });
  describe('an abuser on the way after a threat (abuse.abuser-on-the-way)', () => {
    itFlags(
      detector,
      "my partner messaged that he knows i've spoken to the refuge and he's on his way back",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "he'll be home in twenty minutes and he said i'm getting it. where do i go",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "she texted that she's going to kill me and she's coming home now",
      'abuse',
      'imminent',
    );
    itFlags(
      detector,
      "my wife's on her way home, i'm hiding in the loft, she said she'll batter me",
      'abuse',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "he's on his way home with pizza, he'll be here in fifteen minutes", null);
    itFlags(
      detector,
      "my husband will be home at 6, i'm hiding his birthday present in the wardrobe",
      null,
    );
  });
  describe('medicines, food or money held back (abuse.care-held-back)', () => {
    itFlags(
      detector,
      'my daughter keeps my heart tablets until i sign the cheques for her',
      'abuse',
      'high',
    );
    itFlags(detector, "he won't give me my insulin unless i have sex with him", 'abuse', 'high');
    itFlags(
      detector,
      "my carer only lets me have dinner once i've handed over my bank card",
      'abuse',
      'high',
    );
    // look-alikes
    itFlags(detector, "the nurse only gives me my tablets once i've eaten breakfast", null);
    itFlags(detector, "mum won't give me my phone back until i finish my homework", null);
  });
  describe('hurt by a carer or relative (abuse.hurt-by-carer-or-family)', () => {
    itFlags(detector, 'the day carer pinches my arms when she changes me', 'abuse', 'high');
    itFlags(detector, "my uncle still hits me when he's had a drink", 'abuse', 'high');
    itFlags(
      detector,
      "someone at home is hurting me and i don't know who to tell",
      'abuse',
      'high',
    );
    itFlags(
      detector,
      'my grandson twists my wrist when i ask where my money has gone',
      'abuse',
      'high',
    );
    // look-alikes
    itFlags(detector, 'my brother hits me with a pillow every morning to wake me up', null);
    itFlags(detector, 'the coach kicks the ball to me and i never catch it', null);
  });
  describe('kept in, stripped of means to leave, filmed (abuse.kept-in)', () => {
    itFlags(detector, 'he bolts the bedroom door from outside every night', 'abuse', 'high');
    itFlags(detector, 'she locks my door from the outside when she goes to work', 'abuse', 'high');
    itFlags(detector, "he's hidden my passport so i can't leave the country", 'abuse', 'high');
    itFlags(
      detector,
      "my husband took my car keys and phone so that i can't get out",
      'abuse',
      'high',
    );
    itFlags(
      detector,
      'they took the door off my room and my stepmum films me when i shower',
      'abuse',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      'he locked the door from outside by accident and we had to call a locksmith',
      null,
    );
    itFlags(detector, 'my dog took my shoes and hid them in the garden', null);
    itFlags(detector, 'my mum films me when i dance at parties', null);
  });
  describe('threat tied to a demand, or prior injury (abuse.threat-and-injury)', () => {
    itFlags(detector, "she'll push me down the stairs if i tell anyone", 'abuse', 'high');
    itFlags(
      detector,
      "he said he'll throw me out of the window next time, and he's already broken my jaw",
      'abuse',
      'high',
    );
    itFlags(
      detector,
      "my son said he'll throw me off the balcony if i don't give him the card",
      'abuse',
      'high',
    );
    // look-alikes
    itFlags(detector, 'he broke my arm playing rugby when we were kids', null);
    itFlags(detector, 'my dad broke my phone by sitting on it', null);
  });
  describe('threat of homelessness to a young person (abuse.threat-of-homelessness)', () => {
    itFlags(
      detector,
      "my mum said she'll kick me out and i'm 15 with nowhere to go",
      'abuse',
      'moderate',
    );
    itFlags(
      detector,
      "dad says he'll chuck me out if i keep seeing her, i'd be on the streets",
      'abuse',
      'moderate',
    );
    itFlags(
      detector,
      "my mum says she's going to kick me out when i turn 16 and i've got nowhere to go",
      'abuse',
      'moderate',
    );
    // look-alikes
    itFlags(detector, "he'll throw me out of the band if i miss another rehearsal", null);
    itFlags(
      detector,
      "dad says he'll chuck me out of the car at the station, i'm 16 so i can get the train on my own now",
      null,
    );
  });
  describe('a wish or plan to kill a named person (harm_to_others.kill-wish-stated)', () => {
    itFlags(detector, 'i honestly want to murder my stepdad', 'harm_to_others', 'high');
    itFlags(detector, 'a want tae stab him', 'harm_to_others', 'high');
    itFlags(
      detector,
      'planning to run her over when she crosses at the lights',
      'harm_to_others',
      'high',
    );
    itFlags(detector, 'killing my landlord is all i think about', 'harm_to_others', 'high');
    itFlags(detector, 'burning down his flat is the plan', 'harm_to_others', 'high');
    // look-alikes
    itFlags(detector, 'i want to kill it at my audition tomorrow', null);
    itFlags(detector, 'i need to run over my lines again before the play', null);
    itFlags(detector, "i'm planning to put the tulip bulbs in the ground this weekend", null);
    itFlags(detector, 'setting fire to the bonfire is the best part of the night', null);
  });
  describe('a weapon taken with the target near (harm_to_others.armed-target-near)', () => {
    itFlags(
      detector,
      "i've got the hammer and he's asleep on the sofa",
      'harm_to_others',
      'imminent',
    );
    itFlags(
      detector,
      "i took dad's gun from the cabinet, she's on her way over",
      'harm_to_others',
      'imminent',
    );
    itFlags(
      detector,
      "outside her flat now, i've got a knife in my pocket",
      'harm_to_others',
      'imminent',
    );
    // look-alikes
    itFlags(detector, "i've taken the big knife to carve the roast while the baby's asleep", null);
    itFlags(detector, "i've got the cricket bat for practice, dad's asleep", null);
  });
  describe('violence done and more to come (harm_to_others.violence-done-and-next)', () => {
    itFlags(
      detector,
      'i slapped my girlfriend and she fell and hit her head',
      'harm_to_others',
      'high',
    );
    itFlags(
      detector,
      'shoved my son into the door and he was bleeding. i lost my temper',
      'harm_to_others',
      'high',
    );
    itFlags(detector, "i killed their cat and next it'll be the kids", 'harm_to_others', 'high');
    // look-alikes
    itFlags(detector, 'i hit my sister with a snowball and she fell over laughing', null);
    itFlags(detector, 'i threw my son a birthday party and he fell asleep before the cake', null);
    itFlags(
      detector,
      "our dog killed a rabbit in the garden, next it'll be the neighbour's chickens",
      null,
    );
  });
  describe('urge to hurt family with fear of acting (harm_to_others.urge-feared)', () => {
    itFlags(
      detector,
      "sometimes i could hit my son and i'm terrified one day i will",
      'harm_to_others',
      'moderate',
    );
    itFlags(
      detector,
      "i want to shake the baby when he screams and i'm scared that i might",
      'harm_to_others',
      'moderate',
    );
    itFlags(
      detector,
      "i feel like i could strangle my husband and i'm afraid i'll do it",
      'harm_to_others',
      'moderate',
    );
    // look-alikes
    itFlags(
      detector,
      "i could hit the ball harder and i'm scared one day i will break a window",
      null,
    );
    itFlags(
      detector,
      "i want to hit the gym every day and i'm scared one day i will get bored of it",
      null,
    );
  });
});
