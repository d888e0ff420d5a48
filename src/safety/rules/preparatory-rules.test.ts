import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRisk, type RiskLevel } from '../../core/index.ts';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

/** One test: the message is flagged at `level` or above, and `rule` is among the reasons. */
function itFinds(text: string, rule: string, level: RiskLevel = 'high'): void {
  it(`reads "${text}" as ${rule} (${level}+)`, () => {
    const result = detector.assess(text);
    assert.ok(compareRisk(result.level, level) >= 0, JSON.stringify(result));
    assert.ok(
      result.evidence.some((item) => item.rule === rule),
      JSON.stringify(result.evidence),
    );
  });
}

describe('preparatory acts (preparatory-rules)', () => {
  describe('settling affairs or giving things away, then a note of finality', () => {
    itFinds(
      'Signed the flat over to my sister and put the deeds in her name. I won’t be around by then anyway.',
      'suicide.affairs-final',
      'imminent',
    );
    itFinds(
      'I changed the beneficiary on my policy this week so the kids get everything after I’m gone.',
      'suicide.affairs-final',
      'imminent',
    );
    itFinds(
      'Took the dog round to my mate’s and told him it’s just for a week. It isn’t.',
      'suicide.affairs-final',
      'imminent',
    );
    itFinds(
      'Emptied my savings into my son’s account. Nothing’s keeping me here now.',
      'suicide.affairs-final',
      'imminent',
    );
    itFinds(
      'gave my fishing rods to my nephew. he thinks i’m just being sentimental. i’m not',
      'suicide.affairs-final',
      'imminent',
    );
    // look-alikes: the same acts for a move, a baby, an operation, a holiday, an allergy
    itFlags(
      detector,
      'We made a will now the baby’s arrived, so the kids get everything after we’re gone.',
      null,
    );
    itFlags(
      detector,
      'Rehomed the dog because of my daughter’s allergy. The new family are lovely.',
      null,
    );
    itFlags(
      detector,
      'Sold my car and gave my bike to my brother, we’re moving to Spain in June!',
      null,
    );
    itFlags(
      detector,
      'I left my passwords with my husband while I’m in hospital for my operation.',
      null,
    );
    itFlags(detector, 'Cancelled the gym and Netflix to save up for the wedding.', null);
    itFlags(
      detector,
      'Gave all my baby clothes away, the twins are at school now. Feels right.',
      null,
    );
  });

  describe('the finality told first, then the act', () => {
    itFinds(
      'After I’m gone my passwords are in the blue folder for my brother.',
      'suicide.finality-then-affairs',
      'imminent',
    );
    itFinds(
      'i won’t be here much longer so i cancelled my phone contract and the gym',
      'suicide.finality-then-affairs',
      'imminent',
    );
    itFinds(
      'Today’s my last day. I’ve left my bank pin on a note for my flatmate.',
      'suicide.finality-then-affairs',
      'imminent',
    );
    // look-alikes
    itFlags(
      detector,
      'Today’s my last day at the office, I’ve handed in my notice and I start the new job on Monday.',
      null,
    );
    itFlags(
      detector,
      'My contract ends in June, so I’ve cancelled the gym and after I’m gone from this flat I’m moving back home.',
      null,
    );
  });

  describe('researching a method or a place', () => {
    itFinds(
      'I’ve been looking at which car parks in town have no barriers on the top level',
      'suicide.method-researched',
    );
    itFinds('been reading how much of my sertraline would be lethal', 'suicide.method-researched');
    itFinds(
      'asked on a forum how many you’d need for someone my weight',
      'suicide.method-researched',
    );
    itFinds('watched a few videos on hanging knots last night', 'suicide.method-researched');
    // look-alikes
    itFlags(detector, 'We watched videos on knots for sailing club, I know which one now.', null);
    itFlags(
      detector,
      'Checked which of my tablets are dangerous together with alcohol, the pharmacist said I’m fine.',
      null,
    );
    itFlags(detector, 'made a macrame plant holder with hanging knots for my mum', null);
  });

  describe('acquiring or keeping back the means in secret', () => {
    itFinds(
      'I’ve been keeping back my tablets instead of taking them and saving them in a tin',
      'suicide.means-hoarded',
      'imminent',
    );
    itFinds(
      'bought paracetamol from four different chemists so nobody would ask',
      'suicide.means-hoarded',
      'imminent',
    );
    itFinds(
      'bought a length of rope today, and no it’s not for climbing',
      'suicide.means-hoarded',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'Bought rope today for the new swing in the garden.', null);
    itFlags(
      detector,
      'Bought paracetamol from two different shops because the first one only had one pack.',
      null,
    );
  });

  describe('rehearsal', () => {
    itFinds(
      'I stood on a stool with the belt last night to see if it would hold',
      'suicide.rehearsed',
      'imminent',
    );
    itFinds(
      'keep walking up to the multistorey roof to feel what it’s like to stand there',
      'suicide.rehearsed',
      'imminent',
    );
    itFinds('got rocks in my pockets, sat by the canal', 'suicide.rehearsed', 'imminent');
    // look-alikes
    itFlags(
      detector,
      'Went up to the top floor of the car park to see the fireworks, what a view.',
      null,
    );
    itFlags(detector, 'The kids came back from the river with stones in their pockets.', null);
  });

  describe('the body and the place made ready to be found', () => {
    itFinds(
      'so whoever finds me doesn’t get a shock I’ve left the lights on',
      'suicide.found-prepared',
      'imminent',
    );
    itFinds('I don’t want my mum to be the one who finds me', 'suicide.found-prepared', 'imminent');
    itFinds(
      'I’ve laid out the clothes I want to be found in',
      'suicide.found-prepared',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'whoever finds me a decent plumber gets a pint', null);
    itFlags(detector, 'We played hide and seek and whoever finds me first wins.', null);
  });

  describe('letters and goodbyes with an ordinary reason beside them', () => {
    itFinds('wrote letters to all my family tonight', 'modifier.preparation', 'imminent');
    itFinds('said my goodbyes today', 'modifier.preparation', 'imminent');
    itFlags(
      detector,
      'Writing letters to all my old pen friends this afternoon. Does anybody still write letters?',
      null,
    );
    itFlags(detector, 'said my goodbyes at the depot today, transferring to the leeds site', null);
    itFlags(detector, 'said my goodbyes at the airport this morning, flight to Lagos at 9', null);
  });

  describe('a note, or a goodbye made for later', () => {
    itFinds('Wrote the note.', 'suicide.note-written');
    itFinds('Rewrote my note.', 'suicide.note-written');
    itFinds('I’ve just finished the note.', 'suicide.note-written');
    itFinds(
      'wrote my own obituary last night, it’s two lines long',
      'suicide.goodbye-made',
      'imminent',
    );
    itFinds('My goodbye letters are sealed and in the post.', 'suicide.goodbye-made', 'imminent');
    itFinds('writing my goodbye now.', 'suicide.goodbye-made', 'imminent');
    // look-alikes
    itFlags(
      detector,
      'My therapist had me write my own obituary as a values exercise. It was surprisingly moving.',
      null,
    );
    itFlags(
      detector,
      'Wrote the note for the school trip permission, it’s on the kitchen table.',
      null,
    );
    itFlags(detector, 'Writing my goodbye speech for the leaving do.', null);
    itFlags(detector, 'I’ve set my goodbye emails to send to the team when I retire.', null);
  });

  describe('self-harm implements readied', () => {
    itFinds(
      'got the blade out of the sharpener and locked myself in the bathroom',
      'self_harm.implements-readied',
    );
    itFinds(
      'bought razor blades at the big shop and told the lady they were for shaving. they aren’t',
      'self_harm.implements-readied',
    );
    itFinds('been saving up blades in a sock under my bed', 'self_harm.implements-readied');
    itFinds(
      'sterilised the razor with a lighter, sitting on the bathroom floor now',
      'self_harm.implements-readied',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'Took the pencil sharpener apart to get the broken lead out.', null);
    itFlags(detector, 'Put a towel on the bed so the dog doesn’t get mud everywhere.', null);
  });

  describe('the pathway to an attack', () => {
    itFinds(
      'I’ve bought a knife and gloves. He’ll find out how it feels soon.',
      'harm_to_others.attack-prepared',
      'imminent',
    );
    itFinds(
      'Found out his shifts and which nights he’s alone. Bought gloves.',
      'harm_to_others.attack-prepared',
    );
    itFinds(
      'sharpened my dad’s axe, it’s for when i see him on friday',
      'harm_to_others.attack-prepared',
      'imminent',
    );
    // look-alikes
    itFlags(detector, 'I wrote down my son’s shift times so I can pick him up from work.', null);
    itFlags(detector, 'Bought a knife for the kitchen, the old one’s blunt.', null);
  });
});
