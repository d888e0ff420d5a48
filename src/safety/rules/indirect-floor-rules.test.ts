import type { RiskLevel } from '../../core/index.ts';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { describeFamily } from './rule-test-support.ts';

// The rules alone: a test must not pass only because the learned scorer happened to agree.
const detector = ruleRiskDetector();

/** Each family: statements it must flag (at `level` or above) and look-alikes that stay silent. */
const family = (
  name: string,
  category: string,
  level: RiskLevel,
  flagged: readonly string[],
  silent: readonly string[],
) => describeFamily(detector, name, category, level, flagged, silent);

// ─── Self-harm ───

family(
  'self_harm.marks-hidden: marks and wounds hidden from others',
  'self_harm',
  'high',
  [
    'i have been wearing my hoodie in 28 degree heat all week so no one asks questions',
    'I hope nobody notices the new marks on my thighs this time',
    'does anyone know if plasters show through a white blouse? asking for my forearms',
    'how do I cover burns on my wrist for the wedding on saturday',
  ],
  [
    'I wear long sleeves in 30 degree heat because I burn so easily',
    'I wear a hoodie in the heat at the festival so nobody sees my new tattoo before mum does',
    'my son always has plasters on his knees, he never stops falling over',
  ],
);

family(
  'self_harm.cover-story: marks explained away',
  'self_harm',
  'high',
  [
    "Told the PE teacher the scratches on my arm were from my cat. I don't own a cat.",
    "I told my tutor the cuts were from the cat again. She's stopped asking",
    'the cat scratches are getting deeper and the cat has nothing to do with it, cat scratch is my excuse',
  ],
  [
    "I told my mum the scratches were from the cat and they were, he's a menace",
    "It wasn't the cat that knocked the vase over, it was the dog",
  ],
);

family(
  'self_harm.secret-first-aid: wounds tended and blood cleaned in secret',
  'self_harm',
  'high',
  [
    'I need to get the blood off my duvet cover before my flatmate sees it',
    "how do you stop a deep cut bleeding when you can't let your parents find out",
    'always carry steri-strips and antiseptic in my bag for after',
  ],
  [
    'how do I get blood out of my sheets before my flatmate notices, my period came early',
    'my daughter cut her knee, how do I clean it without her screaming the house down',
  ],
);

family(
  'self_harm.streak-broken: a clean streak broken',
  'self_harm',
  'high',
  [
    'relapsed on saturday. 63 days clean and now back to nothing',
    'reset my clean counter again. back to day 0',
    'relapsed last night after 5 months clean',
  ],
  [
    'I relapsed into smoking after 60 days clean, gutted',
    'broke my duolingo streak after 200 days lol',
  ],
);

family(
  'self_harm.urges-unnamed: urges without the act',
  'self_harm',
  'moderate',
  [
    'urges 9/10 tonight, holding the ice',
    "sh thoughts won't leave me alone today",
    'did the thing with the lighter again after school',
    'day 30 clean and so close to breaking it',
  ],
  [
    'my urges to snack at night are really bad this week',
    'the urge to pee is so bad on long drives',
  ],
);

family(
  'self_harm.slang-act: self-harm in slang',
  'self_harm',
  'high',
  [
    "been sh'ing most nights this week",
    'barcode on my right thigh is getting longer',
    'went to styro last night and panicked a bit',
  ],
  [
    'my phone can scan the barcode on the ticket',
    'beans on toast again for tea, my arms are too tired to cook',
    'the whole class had to catch red ball in the park',
  ],
);

family(
  'self_harm.tools-kept: tools kept, hidden or readied',
  'self_harm',
  'moderate',
  [
    'my blades are back in the pencil case, mum hasn’t found them',
    'I keep a spare blade in my phone case',
    'bought a box of razor blades even though I only use an electric shaver, and I know why',
    'took the blade out of my brother’s razor and hid it',
  ],
  [
    'my tools are hidden in the shed so the kids don’t get them',
    'I keep a box under my bed for the bad days with candles, photos and a hoodie that smells like my nan',
    'I keep a craft blade in my pencil case for my model kits',
  ],
);

family(
  'self_harm.relief-function: what self-harm does for the person',
  'self_harm',
  'moderate',
  [
    'Honestly the sting is the only thing that makes my head go quiet',
    'is it normal to feel calmer after seeing my own blood',
    'I pick at the scabs so they never heal',
    'I keep starting fights at the pub hoping somebody will batter me',
  ],
  [
    'I stay calm when I see blood, that’s why I’m a good nurse',
    'the sting of that breakup still hurts, ngl',
  ],
);

// ─── Abuse ───

family(
  'abuse.coercive-control: permission, monitoring, money and isolation',
  'abuse',
  'moderate',
  [
    'I have to ask his permission to leave the house. Is that normal in a marriage?',
    'My girlfriend reads every message on my phone and picks what I can wear',
    "I've started timing how long I'm out so he doesn't get suspicious. He checks my mileage",
    'I have to ask my wife’s permission to spend any money',
  ],
  [
    'I have to ask my mum’s permission to go to the party on saturday',
    'My boyfriend gets jealous when I talk to other guys but he never tells me what to do',
    'my manager checks my mileage claims every month, so boring',
  ],
);

family(
  "abuse.fear-of-reaction: fear of a partner's or parent's reaction",
  'abuse',
  'moderate',
  [
    'When I hear his car in the drive my stomach drops and I check the house is perfect',
    'when I hear my stepdad’s footsteps on the stairs I freeze',
    'I rehearse everything I say so my husband doesn’t kick off',
    'I have to be so careful what I say around him or the whole evening turns',
  ],
  [
    'I love hearing his key in the door after a long day',
    'my parents are strict about grades and I have to be home by ten',
  ],
);

family(
  'abuse.hiding-now: hiding from someone now',
  'abuse',
  'imminent',
  [
    "I'm in the wardrobe and I can hear him looking for me",
    "texting you from the bathroom, he doesn't know I'm in here",
    'hiding in the loo at work, my ex is outside waiting',
  ],
  [
    "I'm hiding in the bathroom at the party because I don't know anyone",
    'I hid in the cupboard during the fire drill because I thought it was funny',
  ],
);

family(
  'abuse.injury-explained: injuries covered or explained away',
  'abuse',
  'high',
  [
    'I wore a polo neck in july so nobody would see my neck',
    'there are fingermarks on my upper arms again',
    'I tell the girls at work I just bruise easily',
    'he made me say I walked into a door if anyone asks',
  ],
  [
    'I got these bruises all over my legs from hockey training',
    'the rugby match left my back all bruised but we won',
    'concealer covers my dark circles under the eye pretty well',
  ],
);

family(
  'abuse.violence-in-other-words: violence at home in everyday words',
  'abuse',
  'high',
  [
    'my old man battered me again last night',
    'my husband keeps me in the spare room and won’t let me out of the house',
    'said if i dip he will find me',
    'my mam’s fella gave me a proper hiding again last night',
  ],
  [
    'my coach gave me a right kicking over my performance in the match',
    'the batter in this cake is too runny',
  ],
);

// ─── Harm to others ───

family(
  'harm_to_others.harm-pictures: unwanted pictures of hurting someone',
  'harm_to_others',
  'moderate',
  [
    'I keep seeing pictures of me pushing my wife down the stairs, it makes me feel sick',
    'what if I just let go of the pram on the hill, I keep thinking it',
    'I keep imagining what it would be like to push my brother off the balcony',
  ],
  [
    'I picture my baby’s first birthday party all the time',
    'I keep imagining dropping the kids off at their new school',
  ],
);

family(
  'harm_to_others.losing-control: losing control with someone close',
  'harm_to_others',
  'moderate',
  [
    "I don't trust my hands when the baby screams like this, I've put her in the cot",
    'I raised my hand to my mum yesterday. I stopped but only just',
    'I punched the door right next to his head last night and he flinched',
    'I’m scared one day it won’t be the wall',
  ],
  [
    'we had a massive argument and I slammed the door',
    'my toddler won’t stop crying and I’m so tired, I just need a nap',
  ],
);

family(
  'harm_to_others.rough-with-child: rough handling of a child',
  'harm_to_others',
  'high',
  [
    "I've been shaking my son when he won't stop screaming",
    'I grabbed her arm too hard again when she ran off',
    'I keep squeezing his arm harder than I should when he kicks off',
  ],
  [
    'I shake the rattle for my baby and she loves it',
    'I grabbed her arm to stop her running into the road',
  ],
);

family(
  'harm_to_others.fixation-leakage: fixation on a person and leakage of intent',
  'harm_to_others',
  'high',
  [
    "I've been sitting outside her flat most nights. She doesn't know. I just want to see who comes and goes",
    'my ex’s new boyfriend has it coming. I know where he lives and I know his routine',
    'she won’t be walking out of that car park on her own feet, trust me',
    'I’ve been sitting outside his work watching for him every day. He’ll regret what he did',
  ],
  [
    "I've been watching the neighbour's house while they're on holiday, just checking nobody breaks in",
    "he's got a lot coming up this week with the move",
  ],
);

family(
  'harm_to_others.street-threat: intent to hurt in street words',
  'harm_to_others',
  'high',
  [
    'imma pop that guy the second he steps outside',
    'if he talks to my sister again he getting smoked',
    'gonna put him in the hospital next time he talks to me like that',
  ],
  [
    "I'm gonna smoke this brisket all day tomorrow",
    'my son is getting dropped off at nursery by his dad',
    'can you pop him a text and ask if he wants a lift',
  ],
);

// ─── Medical emergencies ───

family(
  'medical_emergency.stroke-signs: stroke told as symptoms',
  'medical_emergency',
  'high',
  [
    'can’t lift my right arm and the right side of my mouth has dropped',
    'my left side has gone weak and numb out of nowhere',
    'my words keep coming out jumbled and my hand is tingling',
  ],
  [
    'I’m seeing double after those pints last night',
    'my words come out wrong when I’m nervous in interviews, any tips?',
  ],
);

family(
  'medical_emergency.heart-signs: heart attack told as symptoms',
  'medical_emergency',
  'high',
  [
    'it feels like someone is sitting on my chest and I’m sweating loads',
    'I did far too much coke and my heart’s pounding and my chest hurts',
    'had five energy drinks and my heart is skipping all over the place',
  ],
  [
    'my chest feels heavy with this cold, coughing all night',
    'my heart was racing before the exam',
  ],
);

family(
  'medical_emergency.too-much-taken: too much of a medicine or drug',
  'medical_emergency',
  'high',
  [
    'I took way more of my sleeping tablets than I should have and I can barely keep my eyes open',
    'necked a fistful of my nan’s painkillers about an hour ago',
    'everything’s blurry and I can’t feel my hands after those pills',
  ],
  [
    'I ate way too much pizza at the weekend',
    'I took too many photos on holiday, my phone is full',
  ],
);

family(
  'medical_emergency.red-flags: other emergencies told as symptoms',
  'medical_emergency',
  'high',
  [
    'my throat is getting tighter since I started the new tablets',
    "I've been vomiting blood since this morning",
    'slipped in the shower and can’t get up, been here an hour',
    'my breath smells like nail varnish and I keep being sick, I’m type 1',
  ],
  [
    'my lips go a bit blue when I swim in the sea in winter',
    'I threw up after the rollercoaster, no blood just gross',
  ],
);
