import { compareRisk, type RiskEvidence, type RiskLevel } from '../core/index.ts';
import {
  CLAUSE_BOUNDARY,
  EXPLICIT_INTENT_RULES,
  IMMINENCE_MARKERS,
  NEGATION_CUES,
  PAST_RESOLVED,
  THIRD_PERSON_RULES,
  THIRD_PERSON_SUBJECT,
  type RiskRule,
} from './explicit-intent-rules.ts';
import type { RiskAssessment, RiskContext, RiskDetector } from './risk-detector.ts';

const FIRST_PERSON = /\b(?:i|i['’]?m|im|me|my|myself)\b/iu;
const AFFIRMATIVE =
  /^\s*(?:yes|yeah|yea|yep|yup|ya|i\s+am|i\s+have|i\s+do|sometimes|a\s+bit|kind\s+of|kinda|maybe|probably|i\s+think\s+so|often|always|every\s+day|honestly\s+yes)\b/iu;
const ASKED_ABOUT_SUICIDE =
  /\b(?:thinking\s+(?:about|of)\s+(?:suicide|killing\s+yourself|ending\s+your\s+life)|thoughts\s+of\s+(?:suicide|ending\s+your\s+life)|want\s+to\s+die|how\s+or\s+when\s+you\s+would)\b/iu;

/**
 * The first risk detector: explicit first-person statements of suicidal wishes, thoughts and
 * intent, with negation ("I'm not suicidal"), third-person ("my friend wants to kill herself")
 * and past-and-resolved ("I used to want to die") handling, plus a "yes" to the agent's direct
 * question about suicide. Intent with a method or a time is imminent.
 * @example explicitIntentDetector().assess('I want to kill myself tonight').level // 'imminent'
 */
export function explicitIntentDetector(): RiskDetector {
  return {
    name: 'explicit-intent@1',
    assess(text: string, context?: RiskContext): RiskAssessment {
      const evidence: RiskEvidence[] = [];
      const aboutOthers: RiskEvidence[] = [];
      for (const rule of THIRD_PERSON_RULES) {
        for (const match of allMatches(rule, text)) {
          if (!isNegated(clauseBefore(text, match.index)))
            aboutOthers.push(toEvidence(rule, match, rule.level));
        }
      }
      for (const rule of EXPLICIT_INTENT_RULES) {
        for (const match of allMatches(rule, text)) {
          const clause = clauseBefore(text, match.index);
          if (isNegated(clause)) continue;
          if (!FIRST_PERSON.test(match[0]) && THIRD_PERSON_SUBJECT.test(clause)) {
            aboutOthers.push(toEvidence(rule, match, rule.level));
            continue;
          }
          const level: RiskLevel = isPastAndResolved(text, match.index) ? 'low' : rule.level;
          addEvidence(evidence, rule, match, level);
        }
      }
      if (
        context?.previousAgentText &&
        ASKED_ABOUT_SUICIDE.test(lastQuestion(context.previousAgentText))
      ) {
        const yes = AFFIRMATIVE.exec(text);
        if (yes && !isNegated(yes[0])) {
          addEvidence(
            evidence,
            {
              id: 'suicide.affirms-direct-question',
              category: 'suicide',
              level: 'high',
              pattern: AFFIRMATIVE,
            },
            yes,
            'high',
          );
        }
      }
      if (evidence.some((item) => compareRisk(item.level, 'high') >= 0)) {
        for (const marker of IMMINENCE_MARKERS) {
          for (const match of allMatches(marker, text)) {
            if (isNegated(clauseBefore(text, match.index))) continue;
            if (!evidence.some((item) => item.rule === marker.id && item.start === match.index)) {
              evidence.push(toEvidence(marker, match, marker.level));
            }
          }
        }
      }
      evidence.sort((a, b) => a.start - b.start);
      const level = evidence.reduce<RiskLevel>(
        (worst, item) => (compareRisk(item.level, worst) > 0 ? item.level : worst),
        'none',
      );
      const categories = [...new Set(evidence.map((item) => item.category))];
      return { level, categories, evidence, aboutOthers, detector: this.name };
    },
  };
}

/** The agent's final question: a "yes" answers that, not an earlier sentence of the message. */
function lastQuestion(text: string): string {
  const questions = text.match(/[^.?!]*\?/gu);
  return questions?.at(-1) ?? '';
}

function allMatches(rule: RiskRule, text: string): RegExpExecArray[] {
  const global = new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
  );
  return [...text.matchAll(global)];
}

/** The text of the current clause up to `index`. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY))
    start = boundary.index + boundary[0].length;
  return before.slice(start);
}

/** Negated when a negation cue stands among the last four words before the statement. */
function isNegated(clause: string): boolean {
  const lastWords = clause.trim().split(/\s+/u).slice(-4).join(' ');
  return NEGATION_CUES.test(lastWords);
}

function isPastAndResolved(text: string, index: number): boolean {
  const sentenceStart =
    Math.max(
      text.lastIndexOf('.', index),
      text.lastIndexOf('!', index),
      text.lastIndexOf('?', index),
    ) + 1;
  const nextStop = text.slice(index).search(/[.!?]/u);
  const sentence = text.slice(sentenceStart, nextStop === -1 ? text.length : index + nextStop);
  return PAST_RESOLVED.test(sentence);
}

/** Adds a match, keeping only the most severe of overlapping spans in one category. */
function addEvidence(
  evidence: RiskEvidence[],
  rule: RiskRule,
  match: RegExpExecArray,
  level: RiskLevel,
): void {
  const item = toEvidence(rule, match, level);
  const overlapping = evidence.findIndex(
    (other) => other.category === item.category && other.start < item.end && item.start < other.end,
  );
  if (overlapping === -1) evidence.push(item);
  else if (compareRisk(level, evidence[overlapping]!.level) > 0) evidence[overlapping] = item;
}

function toEvidence(rule: RiskRule, match: RegExpExecArray, level: RiskLevel): RiskEvidence {
  const start = match.index;
  return {
    category: rule.category,
    level,
    rule: rule.id,
    start,
    end: start + match[0].length,
    text: match[0],
  };
}
