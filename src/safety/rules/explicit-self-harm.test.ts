import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

/** A family: messages that must raise the self-harm alarm, and look-alikes that must not. */
function family(name: string, positives: string[], quiet: string[]): void {
  describe(name, () => {
    for (const text of positives) itFlags(detector, text, 'self_harm');
    for (const text of quiet) itFlags(detector, text, null);
  });
}

describe('explicit self-harm caught by the rules alone (no model)', () => {
  family(
    'self_harm.cut-bare: cutting named without an object',
    [
      'I still cut, most nights',
      'i cut when everything gets too loud',
      'I cut so I can feel something',
      "I've been cutting on my thighs where nobody looks",
      'made some small cuts on my upper arm after the argument',
      'Just cut. I needed to tell someone.',
    ],
    [
      'I cut my fringe last night',
      'I cut because the sleeves were too long',
      'I cut carbs because my doctor told me to',
      'I cut back because money is tight',
      'the cut on my knee from football is healing',
      'I cut my finger chopping onions',
      "years ago I cut because I felt numb, I'm in a much better place now",
      'my friend still cuts because she feels numb',
    ],
  );
  family(
    'self_harm.burn: lighter, candle, heated metal, a hot surface, ice until it blisters',
    [
      "i keep burning my palms with a lighter when i'm stressed",
      'burned the letter J into my arm',
      'I heat a knife on the hob and press it on my thigh',
      'I hold my arm on the radiator till it blisters',
      'held an ice cube on my wrist until the skin blistered',
    ],
    [
      'burnt my hand on the oven door, ouch',
      'I burn candles every night to relax',
      'held an ice cube to my wrist instead of cutting and it helped',
      'heated the spoon over the stove for the soup',
      'held a hot water bottle on my stomach for cramps',
      'I held my hands under the tap on purpose to warm them',
      'in the novel she holds her hand on the radiator until it blisters',
    ],
  );
  family(
    'self_harm.hit-self: hitting, slapping, biting oneself or a fist against something, again and again',
    [
      'slapped myself over and over till my face went red',
      'I thump my legs when I get things wrong, hard enough to leave marks',
      'I slam my head into the desk every time I mess up',
      'I bite my wrist until it bleeds when the panic comes',
    ],
    [
      'I could slap myself for forgetting her birthday',
      'I hit my head on the cupboard door this morning',
      'I bang on the door until he lets me in',
      'I kicked the ball against the wall until dark',
      "I bite my nails when I'm nervous",
      "my daughter bangs her head against the wall when she's overwhelmed",
    ],
  );
  family(
    'self_harm.skin: worked until it bleeds or goes raw, sharp things dragged on the skin, bands snapped to welts',
    [
      "I pick at the skin on my fingers until it bleeds when I'm anxious",
      'ran a safety pin across my wrist',
      'I snap the elastic band on my wrist until it welts',
      'rubbed an eraser on my arm until it bled',
    ],
    [
      "I scrub my hands until they're raw because of covid",
      'I snap a rubber band on my wrist instead of cutting, my therapist suggested it',
      'the nurse stuck a needle into my arm for the blood test',
      'I picked at a spot on my chin and it bled',
      'the tattoo needle dragged across my ribs and it hurt so much',
      'my boyfriend digs his nails into my arm until it bleeds',
    ],
  );
  family(
    'self_harm.hair: hair pulled out to hurt or punish oneself',
    [
      "I yank my hair out when I'm furious with myself",
      'pulled out clumps of my eyelashes until my eyelids bled',
    ],
    [
      "I'm literally pulling my hair out over this spreadsheet",
      'clumps of hair came out in the shower, is it stress?',
      "I used to pull my hair out when I hated myself, that's behind me",
    ],
  );
  family(
    'self_harm.on-purpose: an injury to oneself said to be meant',
    [
      'I whacked my knee with the rolling pin on purpose',
      'drove my bike into a wall deliberately so it would hurt',
      "kept walking on my broken foot on purpose so it wouldn't heal",
    ],
    [
      "I didn't hit my head on purpose, I slipped",
      'I cut my hair short on purpose',
      'he stepped on my foot on purpose',
      'I put my hand up on purpose in class',
    ],
  );
  family(
    'self_harm.wounds: reopened cuts, scabs kept open, old scars gone over, deeper than usual',
    [
      'I keep reopening my cuts with my nails',
      'picked the scab off on purpose so it stays open',
      'I went over the old scars with a razor tonight',
      'the burns on my arm, I did them myself',
      'I used a shard of mirror on my thigh',
    ],
    [
      'therapy keeps reopening old wounds',
      'the surgeon had to reopen the wound',
      'we went over my scars in therapy today',
      'I went deeper than usual in my meditation',
      'I used the scissors on my fringe',
      'the burn in my legs after the workout, the pain feels good',
      'I used a needle on my finger to get a splinter out',
    ],
  );
  family(
    'self_harm.hidden: self-injury kept from others',
    [
      'nobody knows I still cut',
      "my mum doesn't know I've been burning myself",
      "my girlfriend doesn't realise I self-harm",
    ],
    [
      "my boss doesn't know I hurt my back lifting boxes",
      "my mum doesn't know I cut my hair",
      "she doesn't know I know she self-harms",
      'my best friend told me nobody knows she self-harms',
    ],
  );
  family(
    'self_harm.did-it-again: a recent act after cutting is named, or wanting to stop',
    ['I said I would stop cutting but I did it again last night', 'I want to stop cutting'],
    [
      'I managed to stop cutting years ago',
      'I want to stop cutting corners at work',
      'my goal is to cut back on sugar, I did it yesterday',
      'tips to help my daughter stop self-harming',
    ],
  );
  family(
    'self_harm.urge-named: thinking of it, missing it, the pull to relapse',
    [
      "I keep thinking about cutting, it's all I think about",
      'so close to relapsing, 8 months clean from sh',
      "I haven't cut myself in two years but I want to",
      'not to kill myself, only to bleed.',
      'been staring at the blades in my drawer all night',
    ],
    [
      'I keep thinking about cutting my hair short',
      'I miss cutting hair at the salon',
      "I haven't cut my hair in two years but I want to",
      "I'm close to relapsing, 3 months sober",
      "I don't want to cut, but the recipe says to",
    ],
  );
  family(
    'self_harm.means-out: a blade out, razors bought to cut with',
    ['bought some new blades specifically to cut with', "I've got a blade out on my desk"],
    ['I bought a pack of razor blades for the craft knife', 'took the razor out of the drawer'],
  );
});
