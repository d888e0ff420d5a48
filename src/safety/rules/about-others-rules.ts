import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const PEOPLE = `(?:${person}|friend|mate|bestie|best friend|classmate|student|pupil|client|patient|colleague|niece|nephew|grandson|granddaughter|teenager|teen|girl|boy|kid)`;
const OTHER = `(?:he|she|they|my (?:[a-z]+ )?${PEOPLE}|his ${person}|her ${person}|their ${person}|a (?:friend|classmate|student|colleague|teenager|teen|child|kid|pupil|patient|client|young person)|someone|somebody|one of (?:the|my) [a-z]+)`;
const OBJ = '(?:her|him|them|my (?:friend|sister|brother|mum|mom|daughter|son|niece|nephew))';

/**
 * Risk the person describes in someone else: suicidal talk, self-harm, abuse they suffer, harm
 * they threaten, an emergency happening to them. It calls for guidance on supporting that person
 * and crisis lines or emergency services they can be put in touch with, not a crisis protocol for
 * the speaker. Speaker rules without the speaker in them also land here when someone else is the
 * subject ("my roommate took something").
 * @see 988 Suicide & Crisis Lifeline: people may call on behalf of someone they are worried about.
 * @see NHS, Worried about someone's mental health? (warning signs, talking to them, getting urgent help).
 * @see NSPCC, Spotting the signs of child abuse (unexplained bruises, fear, secrecy).
 */
export const ABOUT_OTHERS_RULES: readonly RiskRule[] = [
  {
    id: 'suicide.other-person',
    category: 'suicide',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      [
        `\\b(?:kill|end|unalive|off|hang|shoot)(?:ing|s|ed)? (?:him|her|them)sel(?:f|ves)`,
        `\\b(?:end|take|taking|ending|took|ended) (?:his|her|their) (?:own )?life`,
        `\\b${OTHER}(?:'s| is| are|'re| was| were| feels?| seems?| has been|'s been| said (?:he|she|they) (?:was|were|is|are|felt|feels?))(?: [a-z]+)? suicidal`,
        `\\bsuicidal (?:friend|mate|partner|son|daughter|brother|sister|mum|mom|dad|child|kid|student|client|patient|teen|teenager)`,
        `\\b(?:he|she|they) (?:wants?|wanted|wanna) to (?:die|disappear|be dead|not be here|not exist|end it)`,
        `\\b(?:he|she|they) (?:tried|attempted) (?:to (?:kill|end)|suicide)`,
        `\\bbetter off without (?:him|her|them)\\b`,
        `\\b(?:not wanting|doesn'?t want|don'?t want|didn'?t want) to (?:be here|be alive|live|be around)(?: anymore| any more)?\\b(?<=\\b(?:he|she|they|talks about|talking about|said|says|keeps saying)\\b.{0,40})`,
        `\\b(?:thought|thinking|talking|talks|talked|spoken|spoke|joking|jokes|joked|posting|posts) about (?:ending it|ending (?:his|her|their) life|killing (?:him|her|them)sel(?:f|ves)|suicide|dying|not (?:being|wanting to be) (?:here|alive))\\b(?<=\\b(?:he|she|they|he's|she's|they've|[a-z]+ has|[a-z]+ have|[a-z]+ keeps)\\b.{0,70})`,
        `\\b(?:his|her|their) (?:suicide|goodbye|farewell) (?:note|letter|message|post|video)`,
        `\\b(?:posted|sent|wrote|written|left|put up) (?:a |their |his |her )?(?:goodbye|farewell|suicide) (?:message|note|letter|post|video|text)s?`,
        `\\b(?:he|she|they)(?:'s| has|'ve| have)? (?:bought|got|ordered|been buying) (?:a |some )?(?:rope|noose|helium|charcoal)\\b(?=[^\\n]{0,60}\\b(?:serious|worried|scared|joke|joking|not sure|means it)\\b)`,
        `\\b(?:keeps saying|says|said|told me) (?:he|she|they)(?:'s| is|'re| are) ready to die\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'self_harm.other-person',
    category: 'self_harm',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hurting|harm|harms|harming)(?:s)? (?:him|her|them)sel(?:f|ves)\b|\b(?:he|she|they)(?:'s| is| are|'re| has been| have been) self[- ]?harming\b|\b(?:he|she|they) (?:used to |still |has started to |started to )?(?:cut|cuts|self[- ]?harms?|burns? (?:him|her)self)\b(?! (?:through|across|along|past|round|around|behind|into|in|out|off|back|up|down|corners|ties|class|school|costs?|me|us|him|it)\b| (?:his|her|their|the|a) (?:hair|nails|grass|lawn|hedge|cake|bread|meat|food|wood|fabric|paper|prices?|costs?|losses|hours|line|queue|engine|corner)\b)|\bmaking (?:him|her|them)sel(?:f|ves) sick\b|\b(?:showed me|has|had|saw|noticed|seen|found|spotted) (?:the |some |fresh |new )?(?:cuts|scars|burns|marks) on (?:her|his|their|my [a-z]+'s) (?:arms?|wrists?|legs?|thighs?|stomach|body)\b/u,
  },
  {
    id: 'abuse.other-person',
    category: 'abuse',
    level: 'high',
    aboutOthers: true,
    pattern: new RegExp(
      [
        `\\b${OTHER}(?:'s ${person})? (?:hits|hit|beats|beat|abuses|abused|hurts|rapes|raped|chokes|choked|threatens|threatened|touches|touched|controls|grabs|kicks|slaps) ${OBJ}\\b`,
        `\\b${OTHER}(?:'s [a-z]+)? (?:is|seems|'s|has been|can be|gets) (?:really |very |quite |so |a bit )?(?:rough|violent|controlling|abusive|aggressive|threatening) (?:with|to|towards|around) ${OBJ}\\b`,
        `\\b${OTHER}(?:'s [a-z]+)? (?:is|seems|'s|has been) (?:really |very |quite |so )?(?:controlling|abusive|violent)\\b`,
        `\\b(?:checks|goes through|reads|tracks|monitors) (?:her|his|their) (?:phone|messages|location|texts)\\b`,
        `\\b(?:always |often |keeps turning up with |turns up with )?(?:has|had|with) (?:bruises|black eyes?|marks|burns) (?:on|all over|and)\\b|\\balways has bruises\\b`,
        `\\b(?:is|'s|being|was being|has been|might be|may be) (?:groomed|abused|molested|trafficked|beaten|hurt|hit|starved|neglected)\\b(?<=\\b(?:he|she|they|they'?re|he'?s|she'?s|[a-z]+ is)\\b.{0,30})`,
        `\\b(?:asks?|asking|asked|wants?|keeps asking) (?:her|him|them) (?:to (?:meet(?: up)?|come over|go somewhere) (?:alone|in secret|secretly)|(?:to send |for )(?:photos|pictures|pics|nudes))`,
        `\\b(?:sending|sends|sent) (?:him|her|them) (?:threats|threatening (?:messages|texts))\\b`,
        // The families of abuse-rules.ts told of someone else: forced labour (ILO 2012), sexual
        // extortion (NCA CEOP 2024), tracking (Suzy Lamplugh Trust), forced marriage (HM Government 2023).
        `\\b(?:boss|employer|agent|agency|gangmaster|family (?:she|he|they) works? for|people (?:she|he|they) works? for)\\b[^.!?\\n]{0,40}?\\b(?:keeps?|kept|took|takes|has|holds|held) (?:her|his|their) (?:passports?|documents|papers|id cards?|visas?)\\b(?! (?:for|while|during|until|to) (?:the |a |it )?(?:visa|application|renew\\w*|processing|checks?|cop(?:y|ies)|scan|right to work|verification))`,
        `\\b(?:has|have|got|saved|kept) (?:her|his|their) (?:nudes|nude (?:photos|pics|pictures)|photos|pics|pictures|videos?|images)\\b[^.!?\\n]{0,80}?\\b(?:unless (?:she|he|they) (?:sends?|pays?|gives?|does|do|meets?)|if (?:she|he|they) (?:doesn'?t|don'?t|won'?t) (?:send|pay|give|meet))\\b`,
        `\\bthreaten(?:s|ed|ing)? to (?:send|post|share|leak|show|release|spread|expose) (?:her|his|their) (?:nudes|nude (?:photos|pics|pictures)|intimate (?:photos|pics|pictures|images|videos)|explicit (?:photos|pics|images|videos))\\b`,
        `\\b(?:put|installed|hid|planted|fitted|placed) (?:a |an )?(?:tracker|tracking (?:device|app)|gps(?: tracker)?|air ?tags?|spy ?ware|stalkerware|spy app) (?:on|in|under|inside) (?:her|his|their) (?:car|phone|bag|laptop|bike|coat)\\b`,
        `\\bforc(?:e|es|ed|ing) (?:her|him|them) (?:in)?to (?:marry|get married|a marriage|marriage)\\b|\\bmarr(?:y|ying) (?:her|him|them) off\\b`,
      ].join('|'),
      'u',
    ),
  },
  {
    id: 'harm_to_others.other-person',
    category: 'harm_to_others',
    level: 'high',
    aboutOthers: true,
    pattern:
      /\b(?:fantasi[sz]es|fantasi[sz]ing|talks|talking|thinks|keeps talking) about (?:hurting|killing|stabbing|attacking|shooting|strangling) (?:his|her|their|someone|people|him|her|them)\b|\b(?:threatening|threatens|threatened) to (?:hurt|kill|attack|beat|stab|shoot) (?:his|her|their|him|her|them|someone|people)\b|\b(?:he|she|they)(?:'s| is|'re| are)? (?:going to|gonna|will|'ll) (?:bring|take) (?:a|his|her|their|[a-z]+'s) (?:gun|knife|weapon) (?:to|into)\b|\b(?:fantasi[sz]es|fantasi[sz]ing|talks|talking|daydreams?|daydreaming) about (?:shooting up|blowing up|bombing|taking out) (?:his|her|their|the) (?:old |former )?(?:school|office|work|class|college|workplace)\b|\b(?:he|she|they)(?:'s| is|'re| are)? (?:going to|gonna|will|'ll) (?:follow|wait for) (?:him|her|them|his [a-z]+|her [a-z]+|their [a-z]+) (?:home|outside)\b[^.!?\n]{0,40}?\b(?:teach (?:him|her|them) a lesson|make (?:him|her|them) pay|sort (?:him|her|them) out|hurt (?:him|her|them)|finish (?:it|him|her|them))\b/u,
  },
  {
    id: 'medical_emergency.other-person',
    category: 'medical_emergency',
    level: 'imminent',
    aboutOthers: true,
    pattern: new RegExp(
      `\\b(?:can'?t|cannot|won'?t|couldn'?t) wake (?:him|her|them) up\\b|\\b${OTHER}'s chest (?:hurts|is hurting|pains?)\\b|\\b(?:he|she|they)(?:'s| has|'ve| have) gone (?:grey|gray|blue|pale|floppy|limp)\\b|\\b${OTHER}(?:'s| is|'re| are| has| was)? (?:passed out|unconscious|not breathing|unresponsive|collapsed|fitting|blue)\\b|\\b${OTHER}(?:'s| is|'re| are)? having (?:chest pains?|a seizure|a fit|a heart attack|a stroke|an asthma attack|an allergic reaction|trouble breathing)\\b|\\b(?:he|she|they) (?:took|has taken|'s taken|'ve taken|swallowed|had) (?:something|a load|a lot|too many|loads|a bunch)\\b`,
      'u',
    ),
  },
];
