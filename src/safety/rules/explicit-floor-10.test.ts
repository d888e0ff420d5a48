import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe("explicit statements found in session 18's development collections (explicit-floor-10)", () => {
  describeFamily(
    detector,
    'someone in the household holding a brother, sister or parent now, with distress',
    'abuse',
    'imminent',
    [
      "mum's boyfriend has got my little brother by the arm and he's screaming. i'm 11. should i ring 999",
      "dad's got my mum up against the wall and she's crying, i'm hiding upstairs",
      'my stepdad has got my sister by the hair and he won’t let go, what do i do',
    ],
    [
      "mum's got my little brother by the arm so he doesn't run into the road",
      "dad's got my sister by the hand and she's screaming because she wants sweets",
      "my uncle has got my brother against the wall in the game and he's screaming with laughing",
      'my brother has got his girlfriend by the arm in every photo, so cute',
    ],
  );
  describeFamily(
    detector,
    'food withheld from children as a punishment',
    'abuse',
    'high',
    [
      'my foster dad makes us stand in the corner for hours and doesnt give us tea if we talk. the little ones cry.',
      "my stepmum won't give me dinner until i apologise properly",
      "dad doesn't give us breakfast as a punishment if we're late up",
    ],
    [
      "mum doesn't give us dinner on sundays because we have a big lunch",
      "my dad won't give me any food from the takeaway until i've finished my homework lol",
      "she doesn't give us tea if we've had a big snack after school, we're not hungry anyway",
    ],
  );
  describeFamily(
    detector,
    'a group planning to get someone over a grievance',
    'harm_to_others',
    'high',
    [
      'me and my friends are going to get that girl who spread stuff about me. weve talked about it properly. shes done',
      "me and the lads are gonna jump him after school for grassing, he won't know what hit him",
      "we're going to get her for saying that about my mum. she's finished",
    ],
    [
      'me and my friends are going to get that girl a birthday present, she deserves it',
      "we're going to get the boy some flowers, he's done so well",
      "me and my mates are gonna get him to come to the party, he's been so down",
      "we're going to get that girl from the party to come round, she was so funny",
    ],
  );
  describeFamily(
    detector,
    'a band tied so tight the finger or limb changes colour',
    'self_harm',
    'moderate',
    [
      "I want to tie a hair band around my finger so tight it goes purple. I've thought about it all day.",
      'tied an elastic band round my wrist till my hand went numb, I do it when I feel like this',
      'keep pulling a rubber band really tight around my thigh until it turns white',
    ],
    [
      'I keep a hair band on my wrist so I always have one',
      'my toddler put a hair band round my finger so tight it went purple, she thought it was a ring',
      'the nurse tied a band round my arm so tight for the blood test my hand went numb',
    ],
  );
});
