import { F, type RiskRule } from './risk-rule.ts';

const { person } = F;
const ABUSER = `(?:he|she|they|my ${person}|his ${person}|her ${person}|mum's boyfriend|mom's boyfriend|dad's girlfriend|someone|a man|a guy|a woman)`;
const ABUSE_ACT =
  "(?:hits?|hitting|hit|beats?|beating|beat|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|push(?:es|ed)|shov(?:es|ed)|throws? things at|threw (?:things|something|a [a-z]+) at|hurts?|hurting|hurt|rap(?:es|ed)|touch(?:es|ed|ing)|molest(?:s|ed)|abus(?:es|ed|ing)|threaten(?:s|ed|ing)|lock(?:s|ed) me (?:in|out)|burn(?:s|ed)|bit(?:es)?|spits? on|grabbed|grabs|drags?|dragged|forces?|forced|makes? me have sex|made me have sex|won't let me (?:leave|go out|see|eat|sleep|have)|took my (?:phone|money|passport|keys)|takes my (?:phone|money|passport|keys)|controls? (?:my money|everything i do|where i go|who i see)|tracks? my phone)";

/**
 * Abuse or danger at home: violence, sexual abuse, threats and coercive control by someone in
 * the speaker's life. Violence happening now, or a threat to kill, is imminent; current abuse is
 * high; fear of a partner or family member without a described act is moderate.
 * @see WHO, Responding to intimate partner violence and sexual violence against women (2013).
 * @see Campbell JC, et al. Risk factors for femicide in abusive relationships. Am J Public Health 2003;93(7):1089–97 (threats to kill, strangulation).
 */
export const ABUSE_RULES: readonly RiskRule[] = [
  {
    id: 'abuse.act',
    category: 'abuse',
    level: 'high',
    pattern: new RegExp(
      `\\b${ABUSER} (?:still |always |keeps? |often |sometimes |has been |had |also |even |just |then )*${ABUSE_ACT} me\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.named',
    category: 'abuse',
    level: 'high',
    pattern:
      /\b(?:i (?:was|am being|'m being|m being|got|have been|'ve been|ve been) (?:raped|sexually assaulted|assaulted|abused|molested|beaten|groomed|strangled|choked|trafficked|hit|attacked)|(?:domestic (?:violence|abuse)|abusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|home|parents?|dad|mum|mom|household)) (?:at home|is|in my|with|and)|i(?:'m| am) (?:in an abusive|being abused|a victim of))\b|\b(?:my|our) (?:abusive )?(?:home|house) (?:isn'?t|is not) safe\b/u,
  },
  {
    id: 'abuse.threat-to-kill',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER} (?:said|says|told me|threatened|threatens|swore|keeps saying|texted|has said) (?:that )?(?:he|she|they)?(?:'?ll| will| would| is going to| 's going to| gonna)? ?(?:to )?(?:kill|hurt|murder|end) me\\b|\\b(?:is|'s) going to kill me\\b|\\b(?:he|she|they)(?:'ll| will) kill me\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.danger-now',
    category: 'abuse',
    level: 'imminent',
    pattern: new RegExp(
      `\\b${ABUSER} (?:is|'s) (?:outside|at the door|banging on the door|trying to (?:get in|break in|break the door)|coming (?:home|back|for me)|on (?:his|her|their) way)\\b(?=.{0,80}\\b(?:scared|afraid|hide|hiding|hurt|kill|knife|gun|drunk|angry|help|please)\\b)|\\b(?:hiding|locked myself) in the (?:bathroom|bedroom|closet|wardrobe|toilet)\\b(?=.{0,80}\\b(?:from|he|she|they|scared)\\b)|\\b${ABUSER} (?:has|'s got|got) a (?:knife|gun|weapon)\\b`,
      'u',
    ),
  },
  {
    id: 'abuse.fear',
    category: 'abuse',
    level: 'moderate',
    pattern: new RegExp(
      `\\b(?:scared|afraid|terrified|frightened) (?:of|to go home to|to be alone with) (?:my ${person}|him|her)\\b|\\b(?:scared|afraid|terrified|frightened) to go (?:back )?home\\b|\\b(?:don'?t|do not) feel safe (?:at home|in my (?:own )?(?:home|house)|around (?:my ${person}|him|her))\\b|\\b(?:not|isn'?t) safe (?:at home|in my house|to go home)\\b|\\bwalk(?:ing)? on eggshells\\b`,
      'u',
    ),
  },
];
