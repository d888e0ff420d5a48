import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily, itFlags } from './rule-test-support.ts';

// The rules alone, without the word model: explicit abuse and suicide must not depend on it.
const detector = ruleRiskDetector();

describe('abuse.act-family: violence by household, kin or carers (WHO 2013)', () => {
  itFlags(detector, 'my older sister slaps me whenever mum goes out', 'abuse');
  itFlags(detector, 'my stepdad takes his belt to me when I get bad marks', 'abuse');
  itFlags(detector, "my wife's brother shoves me around when she isn't home", 'abuse');
  itFlags(detector, 'the carer who does my nights pinches me when I ask for the toilet', 'abuse');
  itFlags(detector, 'my boyfriend lives with me and punches me when he loses at poker', 'abuse');
  itFlags(detector, 'someone at the home puts a pillow over my face when I call out', 'abuse');
  itFlags(detector, 'my partner holds me down and says nobody will help me', 'abuse');
  itFlags(detector, "my daughter's dad kicks our son when he cries", 'abuse');
  itFlags(detector, 'my big brother beats me at chess every time', null);
  itFlags(detector, 'the exam slaughtered me today', null);
  itFlags(detector, 'my mum grounded me for a week after the party', null);
  itFlags(detector, 'my little brother threw a pillow at me lol', null);
  // A simile: "like someone hit me" describes a pain, not an act.
  it('reads "like someone hit me" as a simile, not abuse', () => {
    const text = "I've got a headache like someone hit me with a bat and I can't look at the light";
    assert.ok(!detector.assess(text).categories.includes('abuse'));
    assert.ok(detector.assess('someone hit me on the way home').categories.includes('abuse'));
  });
});

describeFamily(
  detector,
  "abuse.safety-steps: steps taken to get help or time (Women's Aid 2023)",
  'abuse',
  'high',
  [
    'set up a code word with my sister. if i text her "did you return the blender" it means come now',
    'told my neighbour if she sees the bedroom light flick on and off three times to call for help',
    'told my neighbour if she hears shouting to knock and ask for sugar',
    'chair under the door handle every night now so i hear if it moves',
  ],
  [
    'the wifi code word is on the fridge, help yourself',
    'asked my neighbour to call the police about the party next door',
    'chair under the door handle to keep it shut in the wind',
    'told my neighbour if she hears the burglar alarm to call me',
  ],
);

describeFamily(
  detector,
  'abuse.threat-to-kill: threats to kill told in many shapes (Campbell et al. 2003)',
  'abuse',
  'imminent',
  [
    "He told me at breakfast he'd choke me out if dinner's late again",
    'hes gonna k!ll me if he sees this, he sed he wud',
  ],
  ['he told me at lunch he would choke on his sandwich if I made him laugh'],
);

describeFamily(
  detector,
  'abuse.named and abuse.act: abuse named, and sons and daughters of any age',
  'abuse',
  'high',
  ['My teenage son is violent towards me', 'I think this is domestic abuse'],
  [
    "I don't think this is abuse, he's just stressed",
    'this is domestic abuse awareness week at work',
  ],
);

describe('modifier.abuse-timed: a threat of harm to come, with a time (SafeLives 2009)', () => {
  it('raises current abuse to imminent when a threat has a time, and only then', () => {
    const level = (text: string) => detector.assess(text).level;
    assert.equal(level("my dad hits me. he said he'll break my fingers tonight"), 'imminent');
    assert.equal(level("my dad hits me. I'm seeing the counsellor tomorrow"), 'high');
    assert.equal(level("my dad hits me. he'll be at work tomorrow so I can breathe"), 'high');
  });
});

describe('abuse.named: abuse named in the first person, however "I am" is written', () => {
  itFlags(detector, "I'm being trafficked. no pay and they won't let me go", 'abuse', 'high');
  itFlags(detector, 'im being trafficked by the agency', 'abuse', 'high');
  itFlags(detector, "i've been assaulted by my flatmate", 'abuse', 'high');
  itFlags(detector, "I'm being trained by the agency before I start", null);
  itFlags(detector, 'the film is about a girl being trafficked', null);
});

describe('abuse.threat-if-tell: threats that silence (Campbell et al. 2003)', () => {
  itFlags(detector, "my uncle says if I tell anyone he'll make it worse", 'abuse');
  itFlags(detector, "my employer said I'll be deported if I complain to anyone", 'abuse');
  itFlags(detector, 'he keeps telling me no one will believe a little girl like me', 'abuse');
  itFlags(detector, "he says he'll burn the flat down with me inside", 'abuse');
  itFlags(detector, "if I leave my job I'll lose my visa, which worries me", null);
  itFlags(detector, 'mum will kill me if she finds out I failed', null);
  itFlags(detector, 'nobody will believe me when I say I ran a marathon', null);
});

describe('abuse.control-family: control through needs and documents (Stark 2007)', () => {
  itFlags(detector, "my husband hides my inhaler when he's angry", 'abuse');
  itFlags(detector, "she won't let me take my insulin", 'abuse');
  itFlags(detector, 'my carer locks the food away and only feeds me at night', 'abuse');
  itFlags(detector, 'my partner timed my shower again today', 'abuse');
  itFlags(detector, "I've been kept in my room for four days and they only bring water", 'abuse');
  itFlags(detector, 'my husband keeps my inhaler in his bag for when we go out', null);
  itFlags(detector, 'the nurse decides my medication times on the ward', null);
});

describe('abuse.stalking-family: pursuit (Suzy Lamplugh Trust; Campbell et al. 2003)', () => {
  itFlags(detector, 'my ex keeps following me home from work', 'abuse');
  itFlags(detector, 'he has been parked outside my house three nights running', 'abuse');
  itFlags(detector, 'he keeps making new accounts to message me after I block him', 'abuse');
  itFlags(detector, 'my dog follows me home from the park every day', null);
  itFlags(detector, 'my boyfriend was parked outside my house to pick me up', null);
});

describe('abuse.danger-now-family: danger in the house now (WHO 2013; Campbell et al. 2003)', () => {
  itFlags(detector, "I'm hiding in the shed, my dad is drunk and smashing things", 'abuse', 'high');
  itFlags(detector, "she's yelling and throwing bottles at me", 'abuse', 'high');
  itFlags(detector, "he's got my sister by the throat", 'abuse', 'high');
  itFlags(detector, "he said he's going to drive us all into the river", 'abuse', 'high');
  itFlags(detector, "I ran out the back, he's driving around looking for me", 'abuse', 'high');
  itFlags(detector, "we're hiding in the wardrobe playing hide and seek", null);
  itFlags(detector, 'my dad is pouring petrol into the lawnmower', null);
  itFlags(detector, "my friend's dad is throwing plates at her, what should I do", null);
});

describe('abuse.grooming-family and fear-of-home (NSPCC; Campbell et al. 2003)', () => {
  itFlags(detector, 'my tutor asked me not to tell my parents about our chats', 'abuse');
  itFlags(detector, 'my swimming coach messages me late and told me not to tell my mum.', 'abuse');
  itFlags(detector, "I've got a black eye and I'm scared to go home", 'abuse');
  itFlags(detector, 'my teacher told me not to tell my parents the quiz answers', null);
  itFlags(detector, "I've got a black eye from rugby and I'm not scared of anything", null);
});

describe('suicide.beg-to-die and suicide.decided (C-SSRS, Posner et al. 2011)', () => {
  itFlags(detector, "I'm begging anyone to just kill me", 'suicide', 'high');
  itFlags(detector, 'somebody please end this for me', 'suicide', 'high');
  itFlags(detector, "I've decided to end my suffering tonight", 'suicide', 'high');
  itFlags(detector, "I'm ready to leave this world", 'suicide', 'high');
  itFlags(detector, "I'm done with this world and I'm leaving it", 'suicide', 'high');
  itFlags(detector, 'please someone kill me, this meeting is endless lol', null);
  itFlags(detector, 'I want to leave this world a better place for my kids', null);
  itFlags(detector, "I'm going to end my suffering by getting help", null);
  itFlags(detector, "I'm not going to kill myself", null);
});

describe('suicide.nothing-to-live-for (Van Orden et al. 2010)', () => {
  itFlags(detector, 'nothing is worth staying alive for anymore', 'suicide');
  itFlags(detector, "she was the only reason I'm still here", 'suicide');
  itFlags(detector, "honestly I wouldn't be upset if I died", 'suicide');
  itFlags(detector, 'nothing is worth staying up for on a school night', null);
});

describe('suicide.own-dose: lethal doses of own medicine (C-SSRS preparatory behaviour)', () => {
  itFlags(detector, 'how many of my sleeping pills would it take', 'suicide', 'high');
  itFlags(detector, 'which tablets would do it, I keep wondering', 'suicide', 'high');
  itFlags(detector, 'how many of my painkillers would it take to stop this headache', null);
  itFlags(detector, 'how many of my tablets does it take to feel a difference?', null);
});

describe('suicide.recent-act and active thoughts (C-SSRS; NICE NG225)', () => {
  itFlags(detector, "I lay down on the tracks and I'm gutted the train didn't come", 'suicide');
  itFlags(detector, 'I tried to steer into the wall on the way home', 'suicide', 'high');
  itFlags(detector, "I'm furious I woke up this morning", 'suicide', 'high');
  itFlags(detector, 'lately I keep going over how I would do it.', 'suicide', 'high');
  itFlags(detector, 'my head keeps telling me to end my life', 'suicide', 'high');
  itFlags(detector, 'suicide feels like a real option now', 'suicide', 'high');
  itFlags(detector, 'we lay down on the road to look at the stars lol', null);
  itFlags(detector, 'I meant to drive into town but took the wrong exit', null);
  itFlags(detector, 'thinking about how I would do it differently next time at work', null);
  itFlags(detector, 'my head keeps telling me to end it with him', null);
  itFlags(detector, 'suicide is never the answer', null);
});

describe('suicide.means-kept (C-SSRS preparatory behaviour)', () => {
  itFlags(detector, "I bought a rope and told the cashier it's for camping", 'suicide', 'high');
  itFlags(detector, "I've hidden my pills in a drawer for when I'm ready", 'suicide', 'high');
  itFlags(detector, 'I bought a rope for the tent this weekend', null);
  itFlags(detector, "I'm sitting in my car in the garage waiting for the rain to stop", null);
});
