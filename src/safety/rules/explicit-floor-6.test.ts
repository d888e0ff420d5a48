import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('explicit statements found in session 17 (explicit-floor-6)', () => {
  describeFamily(
    detector,
    'violence told in the passive, by a partner or relative',
    'abuse',
    'high',
    [
      'Kicked in the ribs on Sunday by my fiance and I still cannot breathe properly',
      'i was strangled by my ex last night',
      'Got slapped again by my stepdad for being late',
      'punched by my brother again last night',
      'punched in the face by my husband in front of the kids',
    ],
    [
      'I got kicked by my son at football practice and my shin is purple',
      'Beaten by my brother at chess again, he is unbearable',
      "got bitten by my sister's dog on the hand",
      'accidentally punched in the nose by my wife in her sleep, she was mortified',
      'slapped with a parking fine by my landlord, unbelievable',
    ],
  );
  describeFamily(
    detector,
    'the act, then who did it',
    'abuse',
    'high',
    [
      "Choked until I blacked out. That's what my boyfriend did to me at the weekend",
      'burnt with an iron - which is what she does to me when the house is messy',
    ],
    [
      "Choked with laughter at his best man speech - that's what my brother does to me",
      'Beaten at darts again, which is what my dad does to me every Friday',
    ],
  );
  describeFamily(
    detector,
    'hands on the throat',
    'abuse',
    'high',
    [
      'hiding in the bathroom, he just had his hands round my throat',
      'my husband put his hands around my neck last night and squeezed',
      'she always gets her hands on my throat when she is drunk',
    ],
    [
      'he put his arm around my shoulders and we watched the film',
      'I put my hands round my neck to stretch it after the long drive',
    ],
  );
  describeFamily(
    detector,
    'the urge to self-harm told as a compulsion',
    'self_harm',
    'high',
    [
      "If I don't cut, the pressure just keeps building",
      'if i dont burn myself i cant sleep',
      "if I can't cut the feeling won't go away",
    ],
    [
      "If I don't cut the grass today my dad will go mad",
      "if I don't cut back on sugar my dentist will kill me",
      "If I don't cut my hair soon I'll look like a sheepdog",
    ],
  );
  describeFamily(
    detector,
    'burning oneself with a cigarette or a lighter',
    'self_harm',
    'high',
    [
      "Nobody knows I've been stubbing cigarettes out on my arms",
      'i keep holding the lighter to my wrist until it blisters',
    ],
    ['he stubbed his cigarette out on the wall', 'I put my lighter on the table and went to bed'],
  );
  describeFamily(
    detector,
    'a plan with others to hurt someone',
    'harm_to_others',
    'high',
    [
      'me and my mate are going to batter the new kid after school',
      "we've been talking about jumping that lad from the bus stop",
      'me and Jay are gonna stab him if he comes round again',
    ],
    [
      'me and my mate are going to jump the queue at the club',
      'we are going to batter them in the final on Saturday',
      "we've been talking about hurting her feelings by accident and how to apologise",
    ],
  );
  describeFamily(
    detector,
    'an asthma attack the reliever does not help',
    'medical_emergency',
    'high',
    [
      "My asthma's been awful all afternoon and the blue inhaler isn't helping",
      "can't get my breath, used the inhaler six times and it's not working",
    ],
    [
      'my inhaler is running out, I need a repeat prescription before the weekend',
      'the new inhaler works much better for my asthma than the old one',
    ],
  );
  describeFamily(
    detector,
    'secrecy is not a denial',
    'self_harm',
    'high',
    [
      "my psychiatrist has no idea I've been burning my arms",
      "my mum doesn't know I've been cutting my legs",
    ],
    ['my mum has no idea how hard the exams are, but I am fine'],
  );
  describeFamily(
    detector,
    'a denied intention carries over "or"',
    'suicide',
    'high',
    [
      "I don't know whether to call someone or kill myself",
      "I'm not going to lie or pretend, I want to kill myself",
    ],
    [
      "I'm not going to run off or hurt myself, I just miss my brother",
      "I would never leave my kids or kill myself, I'm just so tired",
    ],
  );
});
