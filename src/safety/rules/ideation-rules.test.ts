import { describe } from 'node:test';
import { ruleRiskDetector } from '../rule-risk-detector.ts';
import { itFlags } from './rule-test-support.ts';

const detector = ruleRiskDetector();

describe('indirect suicidal ideation (ideation-rules)', () => {
  describe('not waking up, asked for or hoped for', () => {
    itFlags(detector, 'I keep asking God to not wake me up in the morning.', 'suicide');
    itFlags(
      detector,
      'honestly I just want to fall asleep and never have to wake up again',
      'suicide',
    );
    itFlags(
      detector,
      'I wish I hadn’t woken up this morning, every day is the same weight',
      'suicide',
    );
    itFlags(detector, 'I’d love to go to sleep one night and that would be that.', 'suicide');
    // look-alikes
    itFlags(
      detector,
      "I'm going to bed and not waking up till the afternoon, best Saturday ever",
      null,
    );
    itFlags(detector, 'I want to fall asleep and stay asleep through the night for once', null);
    itFlags(detector, 'I wish I hadn’t woken up so early, I’m shattered', null);
  });

  describe('a wish not to exist', () => {
    itFlags(
      detector,
      'If there were a switch that made me stop existing I would flip it without thinking',
      'suicide',
    );
    itFlags(detector, "I want to vanish, and I don't mean run away to another town", 'suicide');
    itFlags(detector, 'I just want the lights to go out and stay out for good', 'suicide');
    itFlags(detector, 'Sometimes I envy the names in the obituaries', 'suicide');
    // look-alikes
    itFlags(detector, 'I want to disappear under a blanket with a film tonight', null);
    itFlags(detector, 'The power cut made the lights go out and stay out for hours', null);
    itFlags(detector, 'I wish I could switch off my phone for a whole week', null);
  });

  describe('hoping an accident or an illness ends it', () => {
    itFlags(
      detector,
      "part of me hopes the tumour comes back so I don't have to keep choosing to live",
      'suicide',
    );
    itFlags(detector, 'Every time I board a flight I quietly hope the plane goes down', 'suicide');
    itFlags(detector, 'I keep hoping something just takes me in my sleep', 'suicide');
    itFlags(
      detector,
      'if a lorry ploughed into me on the way home it would honestly be a relief',
      'suicide',
    );
    // look-alikes
    itFlags(detector, "I hope the plane doesn't go down, I'm a nervous flyer", null);
    itFlags(detector, "Fingers crossed the cancer doesn't come back at my next check", null);
    itFlags(detector, 'I hope I get hit up by some recruiters this week', null);
  });

  describe('a death made to look like an accident', () => {
    itFlags(
      detector,
      'I keep thinking about ways to make it look like an accident so my kids still get the payout',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      'If I steered into the barrier on the ring road it would look like an accident',
      'suicide',
      'high',
    );
    itFlags(
      detector,
      "does the life insurance pay out if it's suicide? asking for myself",
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(detector, 'In the novel the villain made it look like an accident', null);
    itFlags(detector, 'We took out life insurance when the twins were born', null);
  });

  describe('others better off without the speaker (burdensomeness)', () => {
    itFlags(detector, 'My parents would finally have some peace if I wasn’t around', 'suicide');
    itFlags(detector, 'honestly my wife would cope fine without me', 'suicide');
    itFlags(detector, 'The kindest thing I can do for my family is disappear for good', 'suicide');
    itFlags(detector, "I'm just a drain on everyone, they'd be happier without me", 'suicide');
    // look-alikes
    itFlags(detector, 'I feel like a burden when I ask my sister for lifts', null);
    itFlags(detector, "They'll cope without me at the quiz, I'm staying in", null);
    itFlags(detector, 'It’d be cheaper for the team if I wasn’t here on the weekend shift', null);
  });

  describe('no one would notice (thwarted belongingness)', () => {
    itFlags(detector, 'Honestly nobody would notice for weeks if I disappeared', 'suicide');
    itFlags(detector, 'If I died tomorrow no one would even notice', 'suicide');
    itFlags(detector, 'Would anyone even care if I was gone?', 'suicide');
    // look-alikes
    itFlags(detector, 'Nobody would notice if I left the party early', null);
    itFlags(detector, 'Would anyone care if I was gone for the weekend?', null);
  });

  describe('trapped, with death the only way out (entrapment)', () => {
    itFlags(detector, "There's no way out for me except the permanent one", 'suicide');
    itFlags(detector, 'Being alive feels like a contract I never signed up for.', 'suicide');
    itFlags(detector, "I'm too tired to keep living like this", 'suicide');
    itFlags(detector, "I honestly don't know why I'm still alive.", 'suicide');
    // look-alikes
    itFlags(detector, "I can't see a way out of this overdraft", null);
    itFlags(detector, "I'm too tired to go on a run tonight", null);
    itFlags(detector, "I don't know why I'm still here at 9pm on a Friday", null);
  });

  describe('no future of one’s own (hopelessness)', () => {
    itFlags(detector, "I honestly can't picture myself alive at forty", 'suicide');
    itFlags(detector, "I'm not planning on being around by the summer", 'suicide');
    itFlags(detector, "I've made my peace with not growing old", 'suicide');
    itFlags(detector, "There's no next year for me, I've stopped pretending there is", 'suicide');
    // look-alikes
    itFlags(detector, "I can't see myself at this company in five years", null);
    itFlags(
      detector,
      "I'm not planning on being around this weekend, we're visiting my sister",
      null,
    );
    itFlags(detector, 'This is my last Christmas in this flat before we move', null);
  });

  describe('already dead or gone', () => {
    itFlags(detector, "I feel like I'm already dead and my body just hasn't caught on", 'suicide');
    itFlags(detector, "I'm only alive out of habit now", 'suicide');
    itFlags(detector, "Honestly I'm just breathing out of obligation these days", 'suicide');
    // look-alikes
    itFlags(detector, 'I feel dead inside after that 12-hour shift lol', null);
    itFlags(detector, "My phone is already dead and I haven't even left the house", null);
  });

  describe('one fragile reason left (reasons for living)', () => {
    itFlags(detector, "My cat is the only reason I'm still here", 'suicide');
    itFlags(detector, 'The only thing keeping me alive is my little sister', 'suicide');
    itFlags(detector, "If it weren't for the kids I don't think I'd bother carrying on", 'suicide');
    // look-alikes
    itFlags(detector, "The only reason I'm still here at this party is the free food", null);
    itFlags(detector, 'The only thing keeping me going is coffee', null);
  });

  describe('joining someone who died', () => {
    itFlags(detector, 'Since Dad died I just want to be with him, wherever he is', 'suicide');
    itFlags(
      detector,
      "It's been a year since my brother died and I'd like to join him.",
      'suicide',
    );
    itFlags(
      detector,
      "People at church say he's in a better place now. I want to be in a better place too.",
      'suicide',
    );
    // look-alikes: grief alone, and the living
    itFlags(detector, "Mum's gone to the shops, I'll join her later", null);
    itFlags(detector, 'Since Nan died I visit her grave every Sunday to be with her', null);
    itFlags(detector, 'I miss my mum so much since she died, I cry every day', null);
  });

  describe('done with life', () => {
    itFlags(detector, "Truthfully I've had enough of living.", 'suicide');
    itFlags(detector, "I think I've lived long enough.", 'suicide');
    itFlags(detector, "Since the funeral I'd welcome death.", 'suicide');
    // look-alikes
    itFlags(detector, "I've had enough of living in this damp flat", null);
    itFlags(detector, "I've lived long enough in London to know the tube is a nightmare", null);
  });

  describe('a decision to die, said without the words', () => {
    itFlags(detector, "I've decided to quit living. I mean it.", 'suicide', 'high');
    itFlags(detector, "I'm just biding my time until I'm brave enough", 'suicide', 'high');
    itFlags(
      detector,
      'Taking myself out of the picture for good is the kindest thing',
      'suicide',
      'high',
    );
    // look-alikes
    itFlags(
      detector,
      "I'm taking myself out of the picture for this project, someone else can lead",
      null,
    );
    itFlags(detector, "I'm quitting living off takeaways this year", null);
    itFlags(detector, "I've made my decision, I'm handing in my notice on Monday", null);
  });

  describe('dwelling on one’s own funeral', () => {
    itFlags(detector, 'I lie awake picturing my own funeral and it feels like a relief', 'suicide');
    itFlags(detector, 'Who would even come to my funeral? Nobody, probably.', 'suicide');
    itFlags(detector, "I imagine my funeral a lot and honestly it's a comfort", 'suicide');
    // look-alikes
    itFlags(
      detector,
      'I imagine my funeral director cousin finds it a relief when the day is quiet',
      null,
    );
    itFlags(
      detector,
      "I picture my funeral being a huge party when I'm 100, what a comfort that is",
      null,
    );
  });

  describe('the wish in chat and game slang', () => {
    itFlags(detector, 'wish i could just despawn irl tbh', 'suicide');
    itFlags(detector, 'ngl tired of respawning every day', 'suicide');
    itFlags(detector, 'lowkey want to be six feet under rn', 'suicide');
    // look-alikes
    itFlags(detector, 'my character keeps despawning in the lobby', null);
    itFlags(detector, 'ngl tired of respawning in this lag, the server is trash', null);
    itFlags(detector, 'Tapping out for good after this season, my knees are done', null);
  });

  describe('a means thought of in passing', () => {
    itFlags(
      detector,
      'Standing on the platform I think about how easy it would be to just step forward',
      'suicide',
    );
    itFlags(
      detector,
      'every time I cross the bridge I think how easy one step would be',
      'suicide',
      'high',
    );
    itFlags(detector, "I keep looking at the river like it's an answer", 'suicide');
    // look-alikes
    itFlags(
      detector,
      'I look at the river every morning and think how cold it would be for a swim',
      null,
    );
    itFlags(
      detector,
      "It's so easy to just step forward in your career when you have a mentor",
      null,
    );
  });

  describe('the look-alikes the family must leave alone', () => {
    itFlags(detector, "I'm so tired I could sleep for a week", null);
    itFlags(detector, "I'm burnt out and honestly done with this job", null);
    itFlags(detector, 'If I fail this exam my parents will kill me, the stress is unreal', null);
    itFlags(detector, "I've made my decision: I'm leaving the company in June", null);
    itFlags(detector, 'My family would not be better off without me, I know that now', null);
    itFlags(detector, 'that song about sleeping forever is stuck in my head', null);
  });

  describe('death named as what is wanted or attempted (explicit, in other forms)', () => {
    itFlags(detector, 'i am trying to die and it is not working', 'suicide');
    itFlags(detector, 'Being dead is the one thing I have wanted since the summer.', 'suicide');
    itFlags(detector, 'wanting to be dead is everything now, every single hour', 'suicide');
    itFlags(detector, 'Honestly, being alive is no longer something I want.', 'suicide');
    itFlags(detector, 'Suicide is looking like the only way out of this debt.', 'suicide');
    itFlags(detector, "I think I'm going to become another suicide statistic.", 'suicide');
    itFlags(detector, "I've decided to do away with myself before the hearing.", 'suicide');
    itFlags(detector, 'I want to remove myself from this world quietly.', 'suicide');
    itFlags(detector, "I'll take myself out of the picture for good soon.", 'suicide');
    // look-alikes
    itFlags(detector, "I'm trying to die my hair purple but it keeps going grey", null);
    itFlags(detector, 'I tried to die laughing at his speech, it was that bad', null);
    itFlags(detector, "I'll take myself out of the equation and let the two of them decide", null);
    itFlags(
      detector,
      'In the film, suicide seems the only answer to him, and it broke my heart',
      null,
    );
    itFlags(detector, 'We did a lecture on why suicide statistics are higher in men.', null);
    itFlags(detector, "I'd like to remove myself from the group chat, it's too noisy", null);
  });
});
