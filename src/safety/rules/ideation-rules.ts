import type { RiskRule } from './risk-rule.ts';

/** "If I vanished off social media": leaving an app or a chat, not the world. */
const NOT_OFFLINE =
  '(?! off (?:social media|socials|insta\\w*|facebook|twitter|tiktok|snap\\w*|whatsapp|discord|(?:the |our |my )?group ?chats?|(?:the|my) (?:app|apps|internet|server|rota|team chat|feed))\\b)';
// The speaker not being here, as people put it: gone, dead, not around, vanished, out of the picture.
const ME_ABSENT =
  "i (?:just |quietly |simply |really |finally )?(?:was|were|am|'m)? ?(?:gone|dead|not (?:here|around|alive)|no longer (?:here|around|alive)|wasn'?t (?:here|around|alive)|weren'?t (?:here|around|alive)|was not (?:here|around)|were not (?:here|around)|died|disappeared|vanished|didn'?t exist|did not exist|stopped existing|despawned|out of the (?:picture|way))";
// Sleep wanted long or deep, not for good: a lie-in, a day off, a weekend, until a time.
const LIE_IN = String.raw`(?![^.!?\n]{0,40}\b(?:till|until|til|before|early|late|in time|day off|weekend|saturday|sunday|holiday|lie-?in|nap|tomorrow|alarm|every|the baby|feed\w*|at (?!all\b)|for (?:the|my|a|school|work))\b)`;
// Words reported of someone else ("my dad keeps saying 'they'd be better off without me'"), not the
// speaker's own: checked back from the end of a match, over the match and the clause before it.
const NOT_REPORTED = String.raw`(?<!(?:["“]|\b(?:says?|said|saying|tells? (?:me|us|everyone|people)|told (?:me|us)|posted|texted|wrote|messaged))[^.!?\n]{0,200})`;
// Someone who died, said as the reason for the wish ("since mum died", "she's been gone a year").
const BEREAVED =
  '(?:died|dead|passed|passed away|funeral|grave|cemetery|widow(?:ed|er)?|lost (?:her|him|them|my (?:wife|husband|mum|mom|dad|son|daughter|partner|nan|gran|grandma|grandad))|been gone (?:a|for|\\d|two|three|six)|since (?:she|he|they|my [a-z]+) (?:went|left us))';

/**
 * Indirect suicidal ideation: the wish to be dead and the states that carry it, said without a
 * word for suicide. Each rule reads one clinical sign, the look-alikes it must leave alone are
 * fenced off in its pattern, and the detector's frames (negation, fiction and news, figurative
 * speech, past and resolved, someone else as subject) apply as to every rule. A wish or a sign is
 * moderate; a decision or stated intent is high; means and times in the message raise them (see
 * `modifier-rules.ts`).
 */
export const IDEATION_RULES: readonly RiskRule[] = [
  {
    // A wish not to wake up, to sleep for good, or to have died in one's sleep; asking God for it;
    // hating to have woken. The C-SSRS first item, wish to be dead, in its commonest form.
    // Sleep that is only wanted long or deep ("stay asleep through the night", "not wake up till
    // noon") is fenced off.
    // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS item 1: wish to be dead).
    id: 'suicide.ideation-not-waking',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:sleep|asleep|bed)(?: one night| through the night)? (?:and|&) (?:just )?(?:not|never) (?:have to )?(?:wake|waking|come back|coming back|get up)(?: up)?(?: (?:again|ever again|at all))?\b${LIE_IN}`,
        String.raw`\b(?:sleep|asleep)(?: one night)? (?:and|&) (?:(?:have|let) (?:it all|everything) (?:just )?be over|that (?:was|would be|is) that|skip the rest(?: of it)?|not (?:have to )?do any of (?:this|it) (?:any ?more|again))\b`,
        String.raw`\b(?:go to sleep|fall asleep|sleep|stay asleep|be asleep)\b[^.!?\n]{0,20}?\b(?:for good|for ever|forever|permanently)\b${LIE_IN}(?<=\b(?:want|wanna|wish|like|rather|ideally|hope|hoping|need)\b[^.!?\n]{0,50})`,
        String.raw`\bsleep (?:better|more)[.!,]* (?:ideally |preferably |or (?:just )?)?(?:forever|for good|not wake up(?: at all)?|never wake up)\b`,
        String.raw`\b(?:wish|wishing) (?:i|that i) (?:hadn'?t|had not|didn'?t|did not|never) (?:woken|woke|wake) up\b(?![^.!?\n]{0,40}\b(?:late|early|so|at \d|hangover|headache|alarm clock|cold|flu|sore|grumpy|in time|before)\b)|\b(?:hate|hated|resent) (?:that|the fact that) i (?:woke|woken|wake) up\b(?= *(?:[.!,]|$|again|this morning(?= *(?:[.!,]|$))|today(?= *(?:[.!,]|$))))`,
        String.raw`\b(?:wish|wishing) (?:my|that my) heart (?:had |would (?:just )?)?(?:just )?(?:stopped|stop)\b(?! (?:racing|pounding|beating so fast|hurting|aching))|\b(?:a relief|relieved|grateful|glad) if my heart (?:just )?(?:stopped|gave out|gave up)\b`,
        String.raw`\b(?:ask|asking|asked|beg|begging|pray|praying|prayed) (?:god |allah |the lord |jesus |him )?(?:every night |each night )?(?:not to|to not|never to|to never) (?:let me )?wake (?:me )?up\b|\bpray (?:not to|to not|that i (?:don'?t|won'?t|never)) wake\b`,
        String.raw`\bwouldn'?t mind if i never (?:heard|hear) (?:it|the alarm|that alarm) again\b(?<=\balarm\b[^\n]{0,100})`,
        String.raw`\bwish(?:ing)? i (?:wouldn'?t|won'?t|didn'?t|don'?t) wake up\b${LIE_IN}`,
        String.raw`\b(?:wish|hope|pray)\w* (?:god |he |he'?d |god'?d )?(?:would |will |could )?(?:just )?(?:take me (?:already|now)|calls? me home)\b(?<=\b(?:god|lord|jesus|allah|heaven)\b[^\n]{0,60})`,
        String.raw`\bnot (?:sleep|sleepy)[- ]tired\b[^\n]{0,80}\b(?:wants? (?:it all|everything) to (?:stop|end)|of (?:living|being (?:alive|a person|here)))\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A wish to stop existing, to be switched off, for everything to go dark and stay dark; envy
    // of the dead; a button that ends one gladly pressed. Wanting to "disappear" counts only when
    // the speaker says it is not running away.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead, not to be alive).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): desire.
    id: 'suicide.ideation-nonexistence',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:want|wanna|wish i could|like) (?:to )?(?:just )?not be(?= *(?:[.!,;]|$))`,
        String.raw`\b(?:disappear|vanish|stop)\b[^.!?\n]{0,30}\b(?:not|don'?t mean|didn'?t mean) (?:like |in the sense of |as in )?(?:run(?:ning)? away|ran away|moving (?:to|away)|in the cute way)\b|\bnot (?:run(?:ning)? away|ran away)[.,]+ (?:actually |just |i mean )?(?:stop(?:ped)? existing|disappear|stopped|stop)\b`,
        String.raw`\b(?:i'?d|i would) like to stop breathing\b|\bstop breathing and (?:not|never) start(?:ing)? again\b`,
        String.raw`(?<!\bdo )\bor (?:just )?(?:be dead|not wake up at all|not be here at all|stop existing)\b`,
        String.raw`\bwant out\b[.,!… ]+(?:of )?(?:everything|it all|life|living|existence)\b|\bwant out of (?:life|living|existence|being alive)\b`,
        String.raw`\b(?:switch|turn|shut|power) me off\b(?<=\b(?:wish|want|wanna|someone would|somebody would|if only)\b[^.!?\n]{0,50})`,
        String.raw`\bpull the plug on (?:me|myself|my life|life|existence|it all)\b|\bpull the plug on it\b(?<=\b(?:life|living|existence|alive)\b[^\n]{0,50})`,
        String.raw`\b(?:lights?|everything|it all|the world) (?:to )?(?:go|goes|going) (?:out|dark|black)\b[^.!?\n]{0,25}\b(?:and )?(?:stay|stays) (?:out|dark|black|that way|off)\b(?<=\b(?:want|wish|wanna|like|need|hope)\b[^.!?\n]{0,60})`,
        String.raw`\b(?:feel|to feel) nothing[.,!… ]+(?:ever again|forever|for ever|permanently)\b|\bnot (?:to )?feel anything ever again\b[^.!?\n]{0,20}\bpermanently\b`,
        String.raw`\b(?:want|need) everything to stop[.,!… ]+(?:me|myself) included\b`,
        String.raw`\b(?:button|switch|pill)\b[^.!?\n]{0,30}\b(?:made|make|would make|to make|that makes) me (?:not exist|stop existing|never have existed|painlessly die|just die|disappear forever)\b`,
        String.raw`\btrade places with (?:anyone|anybody|someone|whoever|the person) in (?:a|the) (?:coffin|grave|morgue|casket)\b|\b(?:envy|jealous of|jealous when|envious of) (?:the (?:people|folk|names) in )?(?:the )?obituar(?:y|ies)\b|\b(?:reading|read) (?:the )?obituaries\b[^.!?\n]{0,30}\b(?:jealous|envious|envy)\b|\bjealous when (?:i hear )?(?:someone|somebody|people) (?:has |have )?died\b`,
        String.raw`\bi (?:was|were|am|'m) never (?:meant|supposed) to (?:be born|exist|have been born)\b`,
        String.raw`\b(?:borrowed time)\b[^.!?\n]{0,40}\b(?:give it back|hand it back|return it)\b`,
        String.raw`\bpermanently not (?:be|being) (?:here|alive|around)\b|\b(?:honestly|just|tbh),? not being alive any ?more(?= *(?:[.!]|$))`,
        String.raw`\bi (?:shouldn'?t|should not) (?:exist|have been born)\b`,
        String.raw`\b(?:better|easier) (?:if )?i (?:am |do )?not exist\b`,
        String.raw`\bbeing dead (?:must be|would be|is) (?:so |really |such a )?(?:restful|peaceful|a relief|a rest)\b`,
        String.raw`\b(?:and|to) just (?:fade|slip|drift) away(?= *(?:[.!,]|$))(?<=\b(?:i'?d like|want|wish|wanna)\b[^.!?\n]{0,60})`,
        String.raw`\bwish(?:ing)? (?:someone|somebody) would (?:just )?do (?:that|the same) (?:for|to) me\b(?<=\b(?:vet|injection|put (?:down|to sleep)|went to sleep|euthan\w*)\b[^\n]{0,160})`,
        String.raw`\bfantasi[sz]\w* about (?:drowning|dying|being dead|not waking up|my (?:own )?death)\b(?! (?:my|your|her|his|their|the)\b)`,
        String.raw`\b(?:don'?t|do not) want to do tomorrow\b|\bor any of the tomorrows\b|\bnot (?:even )?tomorrow\b(?<=\bnothing (?:left )?(?:that )?i want\b[^\n]{0,60})`,
        String.raw`\bmy will to (?:live|go on|keep going) (?:is|has) (?:gone|disappeared|left|vanished)\b`,
        String.raw`\b(?:wanting|wished|wishing) to not (?:exist|be here|be alive|wake up)\b|\bgoal is to not (?:exist|be here|be alive|wake up)\b`,
        String.raw`\bnot (?:tryna|trying to|tryin to|wanting to) be (?:here|alive|around) any ?more\b`,
        String.raw`\b(?:i'?d|i would) be (?:ok|okay|fine|alright|happy|glad|grateful) if i (?:didn'?t|never|did not|don'?t) wake up\b${LIE_IN}`,
        String.raw`\b(?:wouldn'?t|wouldnt|would not) (?:really |honestly |even )?mind (?:just )?(?:not waking up|never waking up|not being (?:here|alive|around)|not existing|being dead)\b${LIE_IN}`,
        String.raw`\bso done with (?:life|living|being alive)\b`,
        // Without the subject, as a sentence of its own: "d0ne with l1fe. t1me i j0ined her".
        String.raw`(?:^|[.!?;] *)(?:(?:just|so|totally|completely|honestly|literally|fully) )?done with (?:life|living|being alive|existing)\b(?! (?:in|with|at|on|off|like|under|near|out of|here|there|admin|insurance|coach\w*|drawing|class\w*|model\w*|skills|lessons?)\b)`,
        String.raw`\bstop being (?:one|a burden)[.,]* (?:like )?permanently\b`,
        String.raw`\b(?:don'?t|do not|can'?t) (?:really )?see a version of (?:this|my life|life|it|things)(?: [a-z']+){0,8}? (?:i (?:want to|wanna) (?:be in|live)|(?:and|where i get to)\b[^.!?\n]{0,30}\bbe alive)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Hoping an accident, a crash or an illness will end one's life, or welcoming bad news:
    // passive ideation that leaves the act to chance. Fear of a crash ("hope the plane doesn't go
    // down") and ordinary hopes about illness are left alone.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead, e.g. wishing not to wake or to be killed).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): passive ideation.
    id: 'suicide.ideation-accident-or-illness',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:hope|hoping|hoped|wish|wishing|pray|praying)\b[^.!?\n]{0,30}?\b(?:the|my|a) (?:plane|flight|bus|train|car|lorry|truck|coach|ferry)(?: [a-z]+){0,4}? (?:would |will )?(?:goes down|go down|crash(?:es|ed)?|hits? me|ploughs? into me|plough into me|takes? me out|runs? me over|flattens? me)\b`,
        String.raw`\bhop(?:e|ing|ed) (?:that )?i(?:'ll| will| might| would)? (?:get |be )?(?:hit|run over|knocked down|killed)\b(?! (?:up|on|by (?:the |a )?(?:wave|idea|inspiration|traffic jam|holiday)))|\bhop(?:e|ing|ed) i'?ll step off\b[^.!?\n]{0,30}\bwrong\b`,
        String.raw`\b(?:easier|better|nice|a relief) if (?:a|the) (?:lorry|truck|bus|car|train) (?:just )?(?:ploughed|plowed|crashed|smashed|ran|drove) (?:into|over) me\b`,
        String.raw`\bif (?:a|the) (?:bus|car|lorry|truck|train) (?:gets|hits|takes) me,? (?:it|then it) (?:gets|hits|takes) me\b|\b(?:wouldn'?t|would not) (?:really |honestly |even )?mind if (?:a|the|some) (?:bus|car|lorry|truck|train|plane) (?:took|takes|hit|hits|got|gets|ran) me\b`,
        String.raw`\b(?:wouldn'?t|would not) (?:really |honestly |even )?mind if i (?:got|caught|had) (?:some |an? |a bad )?(?:illness|disease|cancer|infection)\b[^.!?\n]{0,30}\b(?:took|takes|killed|finished) me\b`,
        String.raw`\bhop(?:e|es|ing|ed) (?:that )?(?:the |my )?(?:cancer|tumou?r|lymphoma|leuka?emia|illness|disease) (?:does |will |would )?(?:come|comes|came) back\b|\bhop(?:e|es|ing) (?:that )?it (?:does |will )?(?:come|comes) back\b(?<=\b(?:cancer|tumou?r|lymphoma|leuka?emia)\b[^\n]{0,80})`,
        String.raw`\bif (?:i|it) (?:got|get|had|have|was|were|turned out to be|turns out to be|came back) (?:a |an )?(?:terminal(?: diagnosis| illness)?|cancer|incurable)\b[^\n]{0,50}?\b(?:relie(?:f|ved)|(?:i'?d|i would) (?:honestly |actually )?(?:be )?(?:glad|grateful|pleased))\b`,
        String.raw`\bhop(?:e|ing|ed) (?:that )?(?:something|anything|it|the drink|drinking|the booze|my body) (?:just )?(?:takes me|finishes me off|does me in)\b`,
        String.raw`\bwish (?:it|the (?:ceiling|roof|sky|building)) would (?:fall|cave|collapse|come down) (?:in )?on me\b`,
        String.raw`\b(?:scan|test|biopsy|results?) (?:was|were|came back) (?:clear|fine|normal|benign)\b[^.!?\n]{0,20}\b(?:i )?(?:felt|was|am) (?:disappointed|gutted|let down)\b`,
        String.raw`\bstopped taking my (?:[a-z]+ )?(?:meds|medication|medicine|tablets|pills|insulin)\b[^\n]{0,60}\b(?:if it happens,? it happens|want (?:it|my heart) to stop)\b`,
        String.raw`\b(?:don'?t|do not) (?:much |really )?care (?:what comes of it|if (?:something|anything) happens(?: to me)?|if i (?:get there|make it|wake up|die|live))\b(?<=\b(?:seatbelt|gas|driv\w*|drunk|wine|vodka|road|cross\w*|meds|medication|look any ?more)\b[^\n]{0,100})`,
        String.raw`\bif (?:a|the) (?:lorry|truck|bus|car|train) (?:just )?(?:ploughed|plowed|crashed|smashed|ran|drove) (?:into|over) me\b[^.!?\n]{0,40}\b(?:a relief|easier|better|fine by me|okay by me)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Death made to look like an accident or timed for an insurance payout: thinking of dying so
    // that no one can call it deliberate. Method and concealment thought through is active
    // ideation. Another person as the one to be killed is harm to others, not this rule.
    // @see Posner K, et al. 2011 (C-SSRS: active ideation with method).
    // @see Van Orden KA, et al. Psychol Rev 2010;117(2):575–600 (burdensomeness: worth more dead).
    id: 'suicide.ideation-disguised-death',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:make|making|made) it (?:look|seem|appear) like an accident\b(?<!\b(?:kill|murder|hurt|poison|push|get rid of|drown|smother)\w* (?:him|her|them|my [a-z]+)\b[^.!?\n]{0,60})(?![^.!?\n]{0,40}\b(?:him|her|them)\b)`,
        String.raw`\b(?:would|'d|could|will) (?:look|seem|pass) (?:like|as) an accident\b(?<=\b(?:i|me|myself|my car|swerv\w*|crash\w*)\b[^\n]{0,100})`,
        String.raw`\b(?:nobody|no one|no-one) (?:could|would|can|will) (?:say|prove|tell|know|blame me|question it)\b[^.!?\n]{0,30}\b(?:on purpose|deliberate(?:ly)?|(?:wasn'?t|not) an accident|for going)\b|\bso it (?:isn'?t|wasn'?t|is not) my fault\b(?<=\b(?:hit|crash\w*|run over|killed)\b[^.!?\n]{0,60})`,
        String.raw`\b(?:insurance|policy)\b[^.!?\n]{0,40}\b(?:pays? out|pay out|covers?)\b[^.!?\n]{0,40}\b(?:if (?:it'?s|it was|it is|the person) (?:suicide|self[- ]?inflicted|dies in the first)|(?:on|for) (?:suicide|self[- ]?inflicted)|more than i'?ll ever earn)\b|\b(?:suicide|self[- ]?inflicted)\b[^.!?\n]{0,20}\?[^\n]{0,20}\b(?:asking for myself|for myself|thinking about my (?:kids|family|wife|husband))\b(?<=\binsurance\b[^\n]{0,80})`,
        String.raw`\b(?:insurance|payout)\b[^\n]{0,60}\b(?:if it (?:looked|looks|seemed) like an accident|(?:i'?ve )?checked the small print|done the maths)\b`,
        String.raw`\b(?:nobody|no one|no-one) would (?:question|suspect) (?:it|anything) if i\b(?=[^\n]{0,80}\b(?:road|accident\w*|crash\w*|fell|fall|slip\w*|off)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Others better off, freer, richer or relieved if the speaker were gone; the speaker as a
    // burden, a drain or a mouth to feed whose absence would help. Perceived burdensomeness in
    // the interpersonal theory. A burden in the everyday sense ("a burden when I ask for lifts")
    // and absence for a while ("fine without me at the study group tonight") are fenced off.
    // @see Van Orden KA, et al. The interpersonal theory of suicide. Psychol Rev 2010;117(2):575–600 (perceived burdensomeness).
    // @see Joiner TE. Why People Die by Suicide. Harvard University Press; 2005.
    id: 'suicide.ideation-burden-absence',
    category: 'suicide',
    level: 'moderate',
    // The others are the subject ("she'd be free if I wasn't here"): the speaker is the one gone.
    subjectMayBeTarget: true,
    pattern: new RegExp(
      '(?:' +
        [
          String.raw`\b(?:kinder|cheaper|easier|simpler|lighter|calmer|quieter|happier|freer|free|relieved|better off|cope|manage|fine|alright|all right|cry less|(?:some |a bit of |finally have )?peace|breathe (?:easier|again)|one less (?:mouth|kid|child|thing|person|problem)|only (?:have|has) one (?:kid|child|son|daughter) to worry about|(?:their|his|her) (?:evenings|life|lives|freedom) back|a real life)\b[^.!?\n]{0,40}?\bif ${ME_ABSENT}(?! (?:for|on|at|during|this|next|tomorrow|today|tonight|while|until|till|to|by|before|after|when)\b)`,
          String.raw`\bif ${ME_ABSENT}\b[^.!?\n]{0,40}?\b(?:kinder|cheaper|easier|simpler|lighter|happier|freer|be free|relieved|better off|(?:cry|worry|argue|struggle) less|one less (?:mouth|kid|child|thing|person|problem)|nobody would (?:have to|need to)|no one would (?:have to|need to))\b`,
          String.raw`\b(?:he'?ll|she'?ll|they'?ll|he will|she will|they will|they'?d|they would|everyone would|everyone'?d|everybody would|(?:my )?(?:wife|husband|kids|children|family|partner|mum|mom|dad|son|daughter) (?:would|will|'ll|'d)) (?:all )?(?:be (?:alright|all right|fine|okay|ok)|cope|manage|get by|bounce back)\b[^.!?\n]{0,20}\bwithout me\b(?! (?:for|on|at|during|this|next|tomorrow|today|tonight|while|until|till|when)\b)`,
          String.raw`\b(?:[a-z]+ )?(?:would|will|'d) manage without me\b[^\n]{0,60}\b(?:everyone|everybody) would\b`,
          String.raw`\b(?:better off|happier|better)\b[^.!?\n]{0,30}\bwith (?:their|a|his|her) (?:dad|father|mum|mom|mother|nan|gran|grandma|different (?:mother|mum|mom|father|dad|parent))\b[^.!?\n]{0,40}\bme (?:just )?(?:out of the picture|not (?:here|around)|gone)\b|\b(?:better off|be better) (?:raised|brought up) by (?:their|his|her|my) (?:nan|gran|grandma|grandad|dad|father|mum|mom|aunt|auntie)\b(?<=\bi'?m (?:a|such a) (?:failure|terrible|useless|awful|bad)\b[^\n]{0,80})`,
          String.raw`\b(?:the )?(?:baby|kids?|children|my (?:son|daughter)) (?:deserves?|would be better off with) (?:a )?(?:better|different|another) (?:mum|mom|mother|dad|father|parent)\b[^\n]{0,60}\b(?:they'?d (?:all )?cope|better than me|without me|me (?:just )?not (?:here|around))\b`,
          String.raw`\b(?:would|will|'d) (?:be )?(?:better off|do better|be happier) with (?:the )?(?:life )?insurance (?:money|payout)? ?(?:than|instead of) (?:with )?me\b|\b(?:need|needs) the money more than (?:they|he|she) (?:need|needs) me\b|\b(?:get|have) the (?:life )?insurance\b[^.!?\n]{0,40}\b(?:stop (?:hearing|having)|without (?:me|my mess)|start (?:fresh|again|over))\b|\bstart fresh with the insurance\b`,
          String.raw`\b(?:drain|burden|weight) (?:on|for|to|round|around) (?:the nhs|everyone|my family|their necks|my (?:family|kids|mum|mom|dad|parents|wife|husband))\b[^\n]{0,60}\b(?:cheaper|better|easier|happier|bounce back|lighter) (?:for everyone |for them )?(?:if i|without me|quicker)\b`,
          String.raw`\b(?:save|saved|saving) (?:so much|a lot of|loads of) money if (?:they )?(?:didn'?t|did not) have to (?:feed|keep|house|look after|pay for) me\b`,
          String.raw`\b(?:kindest|best|most useful|most helpful|only useful) thing i (?:could|can) do (?:for (?:my )?[a-z]+ )?is (?:to )?(?:stop existing|not exist|die|disappear|be gone|remove myself|take myself out|go)\b|\bdying (?:would be|is) the (?:most useful|kindest|best|most helpful) thing i (?:could|can) do\b`,
          String.raw`\b(?:happier|better off) with (?:somebody|someone) (?:new|else)\b[^.!?\n]{0,30}\b(?:make room|step aside|get out of the way)\b`,
          String.raw`\b(?:tired|sick) of being (?:the|a) (?:problem|burden|nuisance|weight) (?:everyone|that everyone|people|they|my family)\b|\b(?:i'?m|i am|im) the (?:problem|reason [a-z]+ cries)\b[^\n]{0,40}\b(?:if (?:the problem|i) (?:was|were) gone|take me out of (?:it|the picture))\b`,
          String.raw`\b(?:stayed|been here|hung around|overstayed)(?: [a-z]+){0,2}? (?:too long|long enough) (?:in this (?:life|world)|on this earth)\b|\boverstayed my welcome (?:in this (?:life|world)|on (?:this )?earth)\b|\b(?:been|was) a burden since (?:the day i was born|i was born|birth)\b|\b(?:won'?t|will not|wont) (?:be|have to be) (?:anybody'?s|anyone'?s|everyone'?s|your|their) problem\b(?= *(?:[.!,]|$|much longer|for long|anymore))|\bsorry for being (?:such a |so much )?(?:burden|work|trouble|bother)\b[^.!?\n]{0,3}[.!,]* (?:it )?won'?t be for (?:much )?long\b`,
          String.raw`\b(?:better|easier|happier)\b[^.!?\n]{0,30}\b(?:never|don'?t|do not|not) (?:have to )?see my face (?:any ?more|ever again)\b`,
          String.raw`\bdeserves? a (?:dad|mum|mom|father|mother|parent|husband|wife|partner) who (?:isn'?t|is not|isnt) a (?:burden|weight|mess|drain)\b[^\n]{0,60}\b(?:clean slate|bounce back|better off|without me|fresh start|soon)\b`,
          String.raw`\b(?:won'?t|will not|not going to) be a (?:problem|bother|burden|nuisance) (?:for (?:anyone |anybody )?)?(?:much|for much|a lot) longer\b`,
          String.raw`\b(?:my )?pain would (?:all )?(?:be gone|end|stop) if i (?:was|were)(?: gone| dead)?(?= *(?:[.!,]|$))`,
          String.raw`\b(?:everyone|everybody|they|my family) would (?:all )?be better off[.!]+[^\n]{0,80}\b(?:thought|on loop|keep thinking)\b`,
          String.raw`\bsorry for everything[.!,]+ (?:you all|you|everyone|all of you) deserved? better than me\b`,
          String.raw`\bgive (?:them|him|her|everyone) what (?:they|he|she) (?:want|wants)\b(?<=\b(?:rather have a dead|better off dead|want me dead|wish i was dead|wish i had never been born)\b[^\n]{0,100})`,
        ].join('|') +
        ')' +
        NOT_REPORTED,
      'u',
    ),
  },
  {
    // No one would notice, care or come if the speaker died; wondering whether it would matter:
    // thwarted belongingness, the felt absence of anyone to be missed by.
    // @see Van Orden KA, et al. Psychol Rev 2010;117(2):575–600 (thwarted belongingness).
    id: 'suicide.ideation-unnoticed-absence',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:no ?one|no-one|nobody|nobdy|noone|anyone|anybody) (?:would|will|wud|'d|'ll) (?:even |actually |really |ever )?(?:notice|know|care)\b(?: for (?:days|weeks|months|ages|a while)| (?:till|until) [a-z ]{1,15}day)?[.,]? (?:if|when) ${ME_ABSENT}\b${NOT_OFFLINE}(?! (?:for|on|at|from) (?!days|weeks|good)\b)`,
        String.raw`\bif (?:${ME_ABSENT}|i die|(?:the )?lights? went out for me)\b[^.!?\n]{0,30}?\b(?:no ?one|no-one|nobody|noone) (?:would|will|wud|'d|'ll) (?:even |actually |really |ever )?(?:notice|know|care|come)\b`,
        String.raw`\b(?:would|does|will) (?:it|anything|anyone|anybody) (?:even |really |actually )?(?:matter|notice|care) if ${ME_ABSENT}\b${NOT_OFFLINE}(?! (?:for|on|at|from)\b)|\bwhether (?:anyone|anybody|people) would (?:even |really |actually )?notice if ${ME_ABSENT}\b${NOT_OFFLINE}(?! (?:for|on|at|from)\b)`,
        String.raw`\b(?:won'?t|will not|wont) (?:even )?miss me when i'?m gone(?= *(?:[.!,]|$))`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Trapped with death as the only way out: no exit but the permanent one, life as a sentence
    // to be released from, tired past living, a fight one means to lose. Entrapment, with no
    // way out in sight, is the proximal step from defeat to suicidal thoughts; a way out of debt
    // or of a job alone is not this.
    // @see O'Connor RC, Kirtley OJ. The integrated motivational–volitional model of suicidal behaviour. Phil Trans R Soc B 2018;373:20170268.
    // @see Williams JMG. Cry of Pain. Penguin; 1997 (entrapment: no escape, no rescue).
    id: 'suicide.ideation-entrapment',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\bno (?:way|exit|escape)(?: out)?(?: for me)? (?:except|but|other than|apart from|besides) (?:the )?(?:permanent|final|last) (?:one|way|kind|exit)\b`,
        String.raw`\b(?:only|best|one) way (?:out|i can see)(?: [a-z']+){0,5}? (?:is|would be) (?:for )?(?:me |to )(?:not (?:be|being|to be) (?:alive|here|around)|not exist|stop existing|die|dying)\b`,
        String.raw`\b(?:my )?(?:body|life|mind) is a (?:prison|cage)\b[^.!?\n]{0,40}\b(?:looking at the door|looking for the (?:door|exit)|the way out)\b`,
        String.raw`\b(?:life|living|being alive|my life) (?:feels|is|'s) like a (?:life )?sentence (?:i'?m|i am) serving\b[^.!?\n]{0,40}\b(?:early release|parole|release|the permanent kind)\b`,
        String.raw`\b(?:being alive|life|living|existing|existence) (?:feels|is) like a (?:subscription|chore|job|contract|burden) i (?:never|didn'?t|did not) (?:signed up for|agreed to|ask(?:ed)? for|choose|chose)\b`,
        String.raw`\b(?:tired|sick|exhausted) of (?:surviving|being a person|being human|being in this world)\b(?![^.!?\n]{0,20}\b(?:on|at|in) (?:minimum|this salary|benefits|\d))|\btoo tired to (?:live|keep living|go on|stay alive|be alive|carry on|keep going)(?= *(?:[.!?,;]|$|like this|any ?more))|\btired[.,!… ]+(?:not sleepy tired[.,!… ]+)?(?:of (?:living|being alive|life|being a person))\b`,
        String.raw`\b(?:let|letting) (?:it|them|my (?:brain|head|mind|depression|illness)) win\b(?<=\b(?:my own (?:brain|head|mind)|my (?:brain|head|mind|depression|thoughts))\b[^\n]{0,100})(?<=\b(?:fighting|fight|battling|battle)\b[^\n]{0,100})`,
        String.raw`\b(?:the )?fight'?s (?:already )?lost\b|\bthe fight is (?:already )?lost\b(?<=\b(?:still fighting|why i'?m fighting)\b[^\n]{0,60})`,
        String.raw`\b(?:not sure|don'?t know|do not know|can'?t see|don'?t see) why i'?m still (?:fighting|here|alive|around|breathing|going)(?= *(?:[.!?,;]|$|any ?more|at all))`,
        String.raw`\b(?:i'?m|i am) (?:not living|not really living)[.,;]* (?:i'?m |i am )?(?:just )?(?:waiting|existing) (?:for it to (?:be over|end|stop)|to die|until it ends)\b|\b(?:just )?waiting to not be (?:here|around|alive)\b|\bwhat (?:exactly )?am i waiting (?:around )?for\b(?<=\b(?:cemetery|grave|died|dead|gone|widow\w*|funeral)\b[^\n]{0,120})`,
        String.raw`\bcan'?t do another (?:\d+|[a-z]+) (?:years?|decades?) of (?:this|it)\b[^\n]{0,60}\b(?:can'?t do another|not sure i can do another|hoping something|makes me want to not)\b|\bthe thought of another (?:\d+|[a-z]+) years of this makes me want to not have any\b`,
        String.raw`\bthe future is a (?:brick wall|wall|dead end|room i'?m not invited into|closed door)\b`,
        String.raw`\b(?:can'?t|cannot|cannae|don'?t) see (?:a|any) way (?:out|through)\b[^\n]{0,60}\b(?:stopped looking|(?:tired|sick) of trying|given up looking)\b`,
        String.raw`\bhang in there\b[.!]* i (?:don'?t|do not) want to(?= *(?:[.!]|$))`,
        String.raw`\b(?:the only (?:thing|comfort) (?:getting|keeping) me (?:through|going)|the only comfort i'?ve got)\b(?=[^\n]{0,80}\b(?:stop everything|(?:doesn'?t|does not) have to go on forever|i'?ll just stop)\b)|\b(?:stop everything whenever i choose|(?:doesn'?t|does not) have to go on forever|i'?ll just stop)\b(?=[^\n]{0,80}\b(?:only thing getting me through|only comfort))`,
        String.raw`\bwaiting for my (?:cat|dog|mum|mom|dad|nan|gran|pet) to die\b[^.!?\n]{0,30}\bthen i'?m (?:out|gone|done|going too)\b`,
        String.raw`\b(?:and|just|i'?m) counting down\b(?= *(?:[.,!]|$|more like))(?<=\b(?:functioning|surviving|existing|alive|living|coping)\b[^\n]{0,30})`,
        String.raw`\b(?:what'?s|whats|what is) (?:even )?the point (?:of|in) (?:any of it|anything|it all) any ?more\b(?= *(?:[.!?,]|$))|^ *no point any ?more[.! ]*$|\bthere(?:'s| is) no point[.!]+ there (?:hasn'?t|hasnt|has not) been for (?:a while|ages|years|months)\b`,
        String.raw`\bno (?:particular |real )?reason to (?:continue|go on|carry on|keep going)(?= *(?:[.!,;]|$))`,
        String.raw`\bthe (?:exit|exit door|way out|option|door)[.,]+ the permanent one\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Not expecting or wanting to be alive in the future: no next year, not planning to be around,
    // "if" I'm still here rather than "when", no point seeing things through. Hopelessness about
    // one's own future predicts suicide better than depression does.
    // @see Beck AT, et al. Hopelessness and eventual suicide: a 10-year prospective study. Am J Psychiatry 1985;142(5):559–63.
    id: 'suicide.ideation-no-future',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:can'?t|cannot|don'?t|do not|no longer|never) (?:really |actually |honestly |even )?(?:see|picture|imagine) (?:myself|me) (?:being |still )?(?:alive|around|growing old|getting old|at (?:[1-5]\d|twenty|thirty|forty|fifty)(?:[- ][a-z]+)?(?= *(?:[.!,;]|$|and|like|,))|here by (?:christmas|new year|next (?:year|summer|spring|month)|my birthday|the summer))\b(?![^.!?\n]{0,40}\b(?:job|company|career|role|team|office|city|town|country|house|flat|married|kids|mortgage|marathon)\b)`,
        String.raw`\b(?:i )?(?:don'?t|do not) see a future\b[^.!?\n]{0,10}[.!,;]+ [^\n]{0,30}\b(?:picture|imagine) next year\b[^\n]{0,30}\bnothing there\b|\b(?:picture|imagine) (?:myself|me) at (?:[1-5]\d|twenty|thirty|forty)\b[^\n]{0,40}\bnothing there\b`,
        String.raw`\bthere(?: isn'?t| is not| is no|'s no| won'?t be| will not be| isn'?t going to be|'s not going to be) (?:a |any )?(?:next year|future|next christmas|next summer|one) for me\b(?! (?:in|at|with|here)\b)(?<=\b(?:future|next year|christmas|summer|stopped imagining|laughed)\b[^\n]{0,80})`,
        String.raw`\b(?:not|don'?t|do not|no) (?:plan(?:ning)?|intend(?:ing)?) (?:on |to )?(?:be(?:ing)? )?(?:around|here|alive)(?= *(?:[.!,;?]|$|long enough|much longer|for (?:long|much longer|most of it|any of it|it)\b|by\b|past\b|to see\b|any ?more|next year|in (?:spring|summer|autumn|winter)))(?<!\bi'?m not (?:plan(?:ning)?|intend(?:ing)?) (?:on |to )?(?:be(?:ing)? )?(?:around|here) (?:this|next|for))`,
        String.raw`\b(?:decided|made up my mind|made my mind up)\b[^.!?\n]{0,20}\bnot (?:going to|gonna) be (?:here|around|alive) (?:in|by|for|at|next) (?:spring|summer|autumn|winter|christmas|the new year|next year|[a-z]+)\b`,
        String.raw`['"‘’]?if i'?m still (?:here|around|alive)['"‘’]? instead of ['"‘’]?when\b`,
        String.raw`\b(?:won'?t|will not|wont) need (?:it|them|those|these|that) (?:for (?:much )?long|soon|for much longer|much longer)\b(?<=\b(?:point|pointless|bother|why would i|teeth|dentist)\b[^\n]{0,80})|\b(?:won'?t|will not) see it through\b(?<=\bpoint\b[^\n]{0,80})`,
        String.raw`\b(?:don'?t|do not) (?:think|reckon) i(?:'ll| will) (?:still )?be (?:here|around|alive) for (?:results day|the results|my (?:sister|brother|cousin|friend)'?s (?:wedding|graduation)|the wedding)\b(?![^.!?\n]{0,40}\b(?:holiday|away|abroad|travel\w*|working|shift|moving|moved|festival|trip)\b)|\bhope i (?:don'?t|never|won'?t) make it to (?:my )?(?:[1-5]\d|twenty|thirty|forty|fifty)(?:th|st|nd|rd)?(?: birthday)?(?= *(?:[.!,]|$))`,
        String.raw`\b(?:this(?:'ll| will)? (?:is|be)|it'?s|this is going to be) my last (?:christmas|winter|summer|spring|autumn|birthday|new year)\b[^\n]{0,20}?(?:i'?ve decided|i have decided|(?:and )?no,? i'?m not (?:ill|sick|dying))|\blast (?:night|day) on (?:earth|this earth|this planet)(?= *(?:[.!,]|$|maybe|probably|i think))`,
        String.raw`\b(?:stopped|stop) making plans (?:past|beyond|after) (?:[a-z]+day|this week|next week|the weekend|this month)\b[^.!?\n]{0,20}\b(?:no need|no point|why bother|pointless)\b`,
        String.raw`\bit gets better\b[^\n]{0,60}?\b(?:not (?:waiting|going to wait|hanging) around to (?:find out|see)|(?:don'?t|do not) (?:think i )?want to (?:be around|stick around|stay|be here) (?:long enough )?to (?:find out|see))\b`,
        String.raw`\b(?:says?|saying|tells? me|told me)\b[^.!?\n]{0,20}\b(?:it|things|life) (?:gets?|will get|'ll get|is going to get) better\b[^\n]{0,60}?\b(?:\d+|[a-z]+) (?:years|yrs)\b[^\n]{0,30}?\b(?:done|stopped|finished) waiting\b`,
        String.raw`\bmade (?:my )?peace with not (?:being (?:around|here|alive)|growing old)\b`,
        String.raw`\bnot sure i(?:'ll| will) make it to [a-z ]{1,20},? and (?:i'?m )?not sure i (?:want|wanna) to\b`,
        String.raw`\bthere(?:'s| is) nothing (?:left )?for me here(?= *(?:[.!]|$))(?![^\n]{0,60}\b(?:mov\w*|town|city|job|leav\w*|country)\b)`,
        String.raw`\bif this is (?:my )?life,? i'?d rather not have one\b|\beasiest way (?:to do that )?(?:would be|is) to not have one\b(?<=\blife\b[^\n]{0,80})|\bmine is to not have one\b(?<=\b(?:plan|future)\b[^\n]{0,60})`,
        String.raw`\b(?:can'?t|cannot|don'?t) see myself in (?:any of )?(?:the )?(?:pictures? of )?what comes next\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Feeling already dead or a ghost, the body yet to catch up; alive out of habit. A sense of
    // already being gone, with no wish to stay, reads as passive ideation; "dead inside lol" and
    // tiredness after a shift are fenced off.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): hopelessness, withdrawal.
    id: 'suicide.ideation-already-gone',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:i'?m|i am|feel(?:s|ing)? like i'?m|feel(?:s|ing)? like|i feel) (?:already |basically |just )?(?:dead|gone|a ghost|a corpse)(?: already)?\b[^.!?\n]{0,40}\b(?:(?:body|heart|rest of me) (?:just )?(?:hasn'?t|has not|haven'?t) (?:caught|noticed|got the memo)|(?:just )?(?:haven'?t|hasn'?t) (?:stopped (?:walking|moving|breathing)|caught up|noticed|realised|realized))\b`,
        String.raw`\ba ghost (?:that|who) forgot to die\b|\b(?:ghost|dead) already[.,!… ]+(?:might as well|may as well) make it official\b`,
        String.raw`\b(?:only|just) (?:alive|here|living|breathing|still here) (?:out of|from|by) (?:habit|default|inertia|obligation)\b`,
        String.raw`\b(?:outside|body) (?:to )?catch(?:es)? up\b[^\n]{0,30}\b(?:wants? it to|want it to|hope it does)\b(?<=\b(?:dying|dead) inside\b[^\n]{0,100})`,
        String.raw`\bfeel(?:s|ing)? like a dead (?:man|woman|person|girl|boy) walking\b(?![^.!?\n]{0,40}\b(?:after|shift|hangover|gym|run|workout|night out|exam|if (?:my|she|he|they))\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // One reason left for staying alive, and it is fragile (an old pet, a rule of faith), or no
    // bother staying without it. Few reasons for living is a warning sign in its own right.
    // @see Linehan MM, et al. Reasons for staying alive when you are thinking of killing yourself: the Reasons for Living Inventory. J Consult Clin Psychol 1983;51(2):276–86.
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): reasons for living.
    id: 'suicide.ideation-last-reason',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:the|my) only (?:reason|thing) (?:i'?m|i am) still (?:here|around|alive|breathing)\b(?! (?:in|at|on|with|for|doing|working|living)\b)|\b(?:is|are|'s) (?:the|my) only (?:reason|thing) (?:i'?m|i am) still (?:here|around|alive)\b(?= *(?:[.!,;]|$|and|but))`,
        String.raw`\bthe only (?:thing|one|reason) (?:keeping|holding) me (?:here|alive|around)(?= (?:is|are)\b)|\bthe only thing stopping me is my (?:cat|dog|kids?|children|son|daughter|mum|mom|faith|religion)\b`,
        String.raw`\b(?:don'?t|do not) think i'?d bother (?:staying|sticking around|waking up at all|going on|carrying on)\b(?! (?:for|at|in|on|until|till|up|late|to)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Wanting to be with someone who died, wherever they are; the next funeral one's own. A wish
    // to join the dead is a passive wish to die; grief alone (missing them, visiting a grave) is
    // left alone.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead).
    // @see Van Orden KA, et al. Psychol Rev 2010;117(2):575–600 (exposure to death, bereavement).
    id: 'suicide.ideation-joining-the-dead',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      '(?:' +
        [
          String.raw`\b(?:i(?:'?d| would)? (?:just |really |honestly |only )?(?:like to|want to|wanna|should|could)|i'?ll|i will|easier to|nice (?:it would be )?to|be nice to|rather) (?:just )?(?:go and )?(?:join|be with) (?:her|him|them|my (?:late )?[a-z]+|grandma|grandad|grandpa|nan|gran|mum|mom|dad)(?: again)?(?= *(?:[.!,;]|$|wherever|up there|in heaven|on the other side|soon))(?<=\b${BEREAVED}\b[^\n]{0,160})`,
          String.raw`\b(?:in|to) a better place too\b(?<=\bin a better place\b[^\n]{0,80})`,
          String.raw`\bthe next (?:one|funeral)(?: (?:to be|is|will be|should be))? (?:mine|for me|my own)\b(?<=\bfuneral\b[^\n]{0,120})`,
          String.raw`\bsee (?:him|her|them) soon\b[^.!?\n]{0,10}[.!]* i meant it\b`,
          String.raw`\bshould have stayed out there with my (?:mates|friends|brothers|unit|lads)\b|\bwish i hadn'?t\b(?<=\bi made it (?:home|back)\b[^\n]{0,40})`,
          String.raw`\bbe with (?:her|him|them|grandma|grandad|grandpa|nan|gran|mum|mom|dad) again,? wherever (?:she|he|they) (?:is|are)\b`,
          String.raw`\b(?:i'?ll|i will|i should|i could) just (?:go and )?(?:join|be with) (?:her|him)(?= *[.!,])(?=[^\n]{0,80}\b(?:been gone (?:a|for|\d)|died|passed)\b)`,
        ].join('|') +
        ')' +
        NOT_REPORTED,
      'u',
    ),
  },
  {
    // Done with life: ready to go, lived long enough, had enough of living, welcoming death when
    // it comes. Said by the old as readily as the young, and a warning sign in both.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead).
    // @see NICE guideline NG225 (2022): assess risk in older people who express a wish to die.
    id: 'suicide.ideation-done-with-life',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\bhad enough of (?:living|life|being alive|existing|this life)\b(?! (?:in|with|at|here|there|like|on|under|near|next|of|the)\b)`,
        String.raw`\b(?:i'?ve|i have|think i'?ve|i feel i'?ve) (?:already )?lived (?:long enough|all the life i (?:was ever going to|wanted to|want to|need to) live)\b(?= *(?:[.!,;]|$|already|\d+ years))`,
        String.raw`\b(?:i'?d|i would) welcome (?:it|death|the end)(?: (?:tonight|now|today|gladly|with open arms))?(?= *(?:[.!,]|$))(?<=\b(?:die|died|dying|death|dead|gone|funeral|ready to go)\b[^\n]{0,160})|\bmy turn (?:can'?t|couldn'?t) come (?:soon|quick|fast) enough\b(?<=\b(?:funeral|died|death)\b[^\n]{0,120})`,
        String.raw`\b(?:only|just) (?:\d{2}|twenty[a-z-]*|thirty[a-z-]*) and i (?:already )?(?:feel )?(?:ready to go|done)(?= *(?:[.!,]|$))|\bi'?m (?:\d{2}) and i feel done(?= *(?:[.!,]|$))`,
        String.raw`\bi'?m ready to go (?:as well|too)\b(?<=\b(?:husband|wife|partner)(?: is|'s) gone\b[^\n]{0,80})`,
        String.raw`\b(?:this|the) (?:whole )?(?:living|being alive|existing|life) thing\b(?<=\bhow (?:much )?long(?:er)?\b[^\n]{0,40})|\bhow (?:much )?long(?:er)? (?:do i have to|must i|am i supposed to) (?:keep )?(?:living|being alive|existing|exist|live)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // A decision to die said without the words: done with living, quitting life, switching off
    // permanently, removing oneself for good, making it official, taking the way out. Stated
    // intent is above a wish on the C-SSRS.
    // @see Posner K, et al. 2011 (C-SSRS items 4–5: active ideation with intent, with plan).
    id: 'suicide.ideation-stated-intent',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\bquit (?:for good|permanently)\b[^.!?\n]{0,20}\bquit (?:living|life|being alive)\b|\bquit(?:ting)? (?:living|being alive)\b(?= *(?:[.!,]|$|i mean))`,
        String.raw`\b(?:switch|shut|turn|power) (?:off|down) (?:permanently|for good|forever)\b[^\n]{0,30}\b(?:done (?:with )?living|done with life)\b`,
        String.raw`\b(?:tak(?:e|ing)|remov(?:e|ing)) myself (?:out )?(?:of|from) the (?:picture|equation)(?: (?:for good|permanently))?\b(?<=\b(?:kindest|best|means|for good|permanently|decided|going to|gonna|kids|family)\b[^\n]{0,80})`,
        String.raw`\b(?:make|making) (?:it|sure|this) so (?:nobody|no one|no-one) (?:ever )?has to (?:deal with|put up with|worry about) me again\b|\b(?:going to|gonna|'ll) make sure i'?m not a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|everyone) (?:for )?much longer\b`,
        String.raw`\b(?:killing time|biding my time|waiting) (?:until|till|til) i'?m (?:brave|strong|ready) enough\b|\bwish i had the (?:guts|nerve|courage|balls) to (?:stop being here|not be here|go through with it|do it)\b`,
        String.raw`\b(?:last week|last month|last time) i'?m (?:going to|gonna) put up with being alive\b|\bresolution is to not be alive\b|\bdo it for real\b(?<=\b(?:died|dead|die) in my head\b[^\n]{0,80})|\bmade a mistake keeping me here\b[^\n]{0,20}\b(?:going to|gonna|i'?ll) (?:correct|fix) it\b|\bnever been born\b[^\n]{0,30}\b(?:not|isn'?t|is not) too late to fix that\b`,
        String.raw`\b(?:there'?s|there is) a way out and i'?m (?:going to|gonna) take it\b|\b(?:i'?m )?(?:just )?going to go quietly one of these (?:nights|days)\b`,
        String.raw`\bstop (?:touching|doing) (?:things|everything)\b[^.!?\n]{0,20}[.!,]* *(?:altogether[.!,]* *)?permanently\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Dwelling on one's own funeral or on being found gone with relief or comfort: imagining the
    // aftermath of one's death as a solace.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead; thoughts of death).
    id: 'suicide.ideation-funeral-fantasy',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:think about|picture|imagine|imagining|picturing) my (?:own )?funeral\b(?! (?:plan|director|arrangements|insurance|costs?|wishes|songs?|hymns?)\b)(?![^.!?\n]{0,80}\b(?:party|celebration|when i'?m (?:old|\d+|a hundred)|in (?:\d+|fifty|sixty|forty) years)\b)[^.!?\n]{0,60}\b(?:comfort(?:ing)?|relief|relieved)\b`,
        String.raw`\b(?:people|they|everyone) find out i'?m gone and (?:they'?re|they are|everyone'?s) relieved\b`,
        String.raw`\bwho would (?:even )?come to (?:the|my) funeral\b[^\n]{0,40}\b(?:better that way|less fuss|nobody)\b|\bnobody would come to my funeral\b[^\n]{0,40}\bwhen it happens\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // The wish to be dead in the idiom of games and chat: despawning, uninstalling oneself, tired of
    // respawning, tapping out or dipping out for good, six feet under. The same C-SSRS wish, in
    // words observed in young people's messages rather than taken from a clinical source.
    // @see Posner K, et al. 2011 (C-SSRS item 1: wish to be dead).
    id: 'suicide.ideation-slang',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\b(?:despawn(?:ed)?|uninstall(?:ed)?) (?:me|myself|irl|from (?:life|existence|reality))\b|\b(?:i )?just despawn(?:ed)?\b|\bwish i could (?:just )?(?:uninstall|despawn|delete) (?:me|myself)\b`,
        String.raw`\btired of respawning\b(?![^.!?\n]{0,40}\b(?:lag|server|game|match|boss|level|map|round|lobby)\b)|\btake the respawn screen forever\b`,
        String.raw`\b(?:tap(?:ping)? out|dip(?:ping)? out|log(?:ging)? off|logout) (?:for good|permanently)\b(?= *(?:[.!,]|$|not the gym|from life|of life|ngl|tbh|like))`,
        String.raw`\b(?:want|wanna|wish i (?:was|were)|wish to be) (?:to )?(?:be )?six feet under\b`,
        String.raw`\byeet(?:ing)? (?:myself|me) out of existence\b|\b(?:ctrl|control)[ +-]*alt[ +-]*delete(?:d)? (?:from|out of) (?:existence|life|reality)\b`,
        String.raw`\bisekai'?d by a truck\b[^\n]{0,40}\b(?:not come back|no new world)\b`,
        String.raw`\b(?:can'?t|cannot|don'?t) see the point (?:of|in) sticking around\b(?! (?:at|in|till|until|after)\b)`,
        String.raw`\b(?:considering|thinking (?:about|of)|want|wanna|ready for) the big sleep\b(?![^\n]{0,40}\b(?:film|movie|book|chandler|bogart|novel)\b)`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Thinking of a means at hand in passing: how easy one step, one turn of the wheel would be at
    // a platform, a bridge or a bend. Thoughts of a method without a plan are active ideation;
    // a means in the message raises them (see `modifier-rules.ts`).
    // @see Posner K, et al. 2011 (C-SSRS item 3: active ideation with any methods, without intent).
    id: 'suicide.ideation-method-contemplated',
    category: 'suicide',
    level: 'moderate',
    pattern: new RegExp(
      [
        String.raw`\bhow easy (?:one (?:step|turn of the wheel) would be|(?:it would be|it'?d be|it is|that would be)(?: to)?(?: just)? (?:step (?:forward|off|out|in front)|lean (?:forward|over|out)|turn the wheel|swerve|jump|not (?:step back|turn the wheel|brake)))\b(?<=\b(?:platform|edge|train|tracks|motorway|bridge|balcony|roof|cliff|wheel|barrier|bend|lorry|traffic|ledge)\b[^\n]{0,160})`,
        String.raw`\b(?:think|thinking|thought) (?:about|of) (?:just )?(?:turning the wheel|swerving|driving) (?:into|under|off) (?:the|a) (?:barrier|wall|lorry|tree|bridge|dam|road)\b`,
        String.raw`\b(?:looking|look|looked|stare|staring) at the (?:river|sea|water|bridge|fog on the motorway)\b[^\n]{0,60}\b(?:differently|(?:like|as) (?:it'?s |it is )?an? (?:answer|option|way out|opportunity|offer)|how quiet it (?:would be|'d be)|how (?:cold|deep) it(?:'d be| would be| is| gets))\b(?![^\n]{0,80}\b(?:swim\w*|dip|wetsuit|kayak\w*|paddl\w*|fish\w*|photo\w*|paint\w*)\b)|\bhow quiet it would be underneath\b`,
        String.raw`\b(?:more like an offer|like an invitation)\b(?<=\bcall of the void\b[^\n]{0,120})`,
        String.raw`\bwhy did i (?:even |have to )?survive(?: (?:it|that|the (?:accident|crash|fall|attempt|overdose)))?(?= *(?:[.!?,]|$))(?<=\b(?:accident|crash|hospital|attempt|overdose)\b[^\n]{0,80})|\bwhy did i (?:even |have to )?survive (?:that|the) (?:accident|crash|fall|attempt|overdose)\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    // Death named as what the speaker wants or is attempting, in the forms a keyword for "want to
    // die" misses: the attempt in progress ("trying to die tonight"), death as the object of a
    // gerund or a noun phrase ("dying is the only thing I've wanted", "wanting to be dead is all
    // I've got"), living refused ("living isn't something I want anymore"), suicide weighed as the
    // only answer, and the idioms of removing oneself from life. These are explicit statements of
    // the wish or intent to die; the detector's frames (fiction, someone else, negation, the past)
    // still apply. "Dye" misspelt as "die" (hair, fabric) and removing oneself from a meeting or a
    // decision are fenced off.
    // @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS items 1–2: wish to be dead, non-specific active thoughts; interrupted and aborted attempts).
    // @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): desire and intent.
    id: 'suicide.death-wanted',
    category: 'suicide',
    level: 'high',
    pattern: new RegExp(
      [
        String.raw`\b(?:trying|tryin|attempting|attempted|tried) (?:again |hard |my best |so hard )?to (?:die|be dead|not be alive|end my (?:own )?life)\b(?! ?(?:my|her|his|the|your|their|it|them|this|that|these|those|some|a|an|\w+ (?:hair|roots|wool|fabric|shirt|jeans|eggs))\b)(?! (?:of|from|laughing|inside)\b)`,
        String.raw`\b(?:dying|being dead|to die|to be dead|death) (?:is|was|has been|'s) (?:all|the only thing|the one thing|what|everything) (?:i(?:'ve| have)?|i'd) (?:really |honestly |truly )?(?:want(?:ed)?|wish(?:ed)? for|think about|long(?:ed)? for|dream(?:ed)? (?:about|of))\b`,
        String.raw`\bwant(?:ing|ed)? to be dead (?:is|was|has been) (?:all|the only thing|the one thing|everything)\b`,
        String.raw`\bdead,? (?:proper|properly|actually|really|truly|fully) dead,? (?:not|instead of) (?:sleeping|asleep|resting|tired|numb|away)\b`,
        String.raw`\b(?:living|being alive|life|staying alive) (?:isn'?t|is not|is no longer|stopped being|hasn'?t been) (?:something|a thing|what) i (?:want|wanted|choose|care about)\b(?! (?:for (?:my|the) (?:kids|children|family|dog)|to do forever))`,
        String.raw`(?<!\b(?:he|she|they|him|her|them|character|protagonist|narrator|his|their)\b[^.!?\n]{0,40})\bsuicide (?:is |keeps |still |just |really |now |honestly ){0,2}(?:feels?|feeling|seems?|seeming|looks?|looking|is|sounds?|sounding)(?: like)? (?:the |my |an? )?(?:only|best|last|one|real|obvious|sensible) (?:answer|option|way(?: out)?|choice|solution|exit|thing left|path)\b`,
        String.raw`\b(?:i'?m|i am|i'?ll|i will|i'?m going to|i'?m gonna) (?:be|become) (?:one of )?(?:those |the |a |another )?suicide statistics?\b`,
        String.raw`\bdo away with (?:my ?self|meself|me)\b`,
        String.raw`\bremove (?:my ?self|meself) (?:from|out of) (?:this|the) (?:life|world|earth|planet|existence)\b|\bremove (?:my ?self|meself) from (?:existence|being|life)\b`,
        String.raw`\btake (?:my ?self|meself) out of (?:the (?:equation|picture)|everything)[ ,]+(?:permanently|for good|for ever|forever)\b|\btake (?:my ?self|meself) out of (?:this world|existence|this life|life)\b`,
      ].join('|'),
      'u',
    ),
  },
];
