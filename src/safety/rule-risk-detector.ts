import {
  compareRisk,
  type RiskCategory,
  type RiskEvidence,
  type RiskLevel,
} from '../core/index.ts';
import { assessability } from './language-check.ts';
import { normalizeForSafety, type NormalizedText } from './normalize-text.ts';
import type { RiskAssessment, RiskContext, RiskDetector } from './risk-detector.ts';
import { ABOUT_OTHERS_RULES } from './rules/about-others-rules.ts';
import { ABUSE_RULES } from './rules/abuse-rules.ts';
import { ENDING, HOPELESSNESS, answerOf, askedQuestion } from './rules/context-rules.ts';
import {
  CLAUSE_BOUNDARY,
  FICTION_OR_NEWS,
  FIGURATIVE,
  FIRST_PERSON,
  NEGATION_CUE,
  NEGATION_UNDONE,
  PAST_RESOLVED,
  THIRD_PERSON_SUBJECT,
} from './rules/frames.ts';
import { HARM_TO_OTHERS_RULES } from './rules/harm-to-others-rules.ts';
import { MEDICAL_EMERGENCY_RULES } from './rules/medical-emergency-rules.ts';
import {
  MEANS_RULE,
  PLAN_RULE,
  PREPARATION_RULE,
  STRONG_PLAN_RULE,
  TIMEFRAME_RULE,
} from './rules/modifier-rules.ts';
import type { RiskRule } from './rules/risk-rule.ts';
import { SELF_HARM_RULES } from './rules/self-harm-rules.ts';
import { SUICIDE_RULES } from './rules/suicide-rules.ts';

/** The rules are linear-time, but a message is only scanned this far (a 1 MB paste is cut, not refused). */
const MAX_SCAN_CHARS = 65_536;
const SPEAKER_RULES: readonly RiskRule[] = [
  ...SUICIDE_RULES,
  STRONG_PLAN_RULE,
  ...SELF_HARM_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...ABUSE_RULES,
  ...MEDICAL_EMERGENCY_RULES,
];
// Hyperbole is common in anger ("I'll kill him if he's late"), rare in statements about oneself.
const FIGURATIVE_PRONE: ReadonlySet<RiskCategory> = new Set(['harm_to_others', 'abuse']);
const JOKE = /\b(?:lol|lmao|lmfao|rofl|haha+|jk|just kidding|😂|🤣)/u;
const SHORT_ANSWER_WORDS = 8;

/** A finding in normalized coordinates, before it becomes evidence. */
interface Finding {
  rule: RiskRule;
  start: number;
  end: number;
  level: RiskLevel;
}

/**
 * The rule-based risk detector: suicide, self-harm, harm to others, abuse and medical
 * emergencies, explicit and indirect, through leetspeak, zero-width characters and stretched
 * letters; with negation, fiction and news, figurative hyperbole, past-and-resolved and
 * third-person frames; raised by means, plans, times and preparatory acts; and across turns (a
 * yes to the agent's safety question, hopelessness that builds over messages).
 * @example ruleRiskDetector().assess('I want to kill myself tonight').level // 'imminent'
 */
export function ruleRiskDetector(): RiskDetector {
  return {
    name: 'rules@2',
    assess(text: string, context?: RiskContext): RiskAssessment {
      const scanned = text.slice(0, MAX_SCAN_CHARS);
      if (!assessability(scanned).assessable) {
        return {
          level: 'none',
          categories: [],
          evidence: [],
          aboutOthers: [],
          assessable: false,
          detector: this.name,
        };
      }
      const normalized = normalizeForSafety(scanned);
      const t = normalized.text;
      const findings: Finding[] = [];
      const others: Finding[] = [];

      for (const rule of ABOUT_OTHERS_RULES) {
        for (const match of matchesOf(rule, t)) {
          const sentence = sentenceAround(t, match.index);
          if (isNegated(clauseBefore(t, match.index)) || FICTION_OR_NEWS.test(sentence)) continue;
          others.push(finding(rule, match, rule.level));
        }
      }

      for (const rule of SPEAKER_RULES) {
        for (const match of matchesOf(rule, t)) {
          const clause = clauseBefore(t, match.index);
          const sentence = sentenceAround(t, match.index);
          if (isNegated(clause)) continue;
          const speakerInMatch = FIRST_PERSON.test(match[0]);
          const otherSubject = !speakerInMatch && subjectIsSomeoneElse(clause);
          const speakerInClause = FIRST_PERSON.test(clause.replace(THIRD_PERSON_SUBJECT, ''));
          if (
            !speakerInMatch &&
            FICTION_OR_NEWS.test(sentence) &&
            (otherSubject || !speakerInClause)
          )
            continue;
          if (otherSubject) {
            others.push(finding(rule, match, rule.level));
            continue;
          }
          if (FIGURATIVE_PRONE.has(rule.category) && FIGURATIVE.test(sentence)) continue;
          let level = rule.level;
          if (rule.category !== 'medical_emergency' && PAST_RESOLVED.test(sentence)) level = 'low';
          else if (
            JOKE.test(sentence) &&
            compareRisk(level, 'imminent') < 0 &&
            FIGURATIVE.test(sentence)
          )
            level = 'low';
          addFinding(findings, finding(rule, match, level));
        }
      }

      addContextFindings(findings, t, context);
      raiseByModifiers(findings, t);

      const evidence = findings.map((item) => toEvidence(item, normalized, scanned));
      evidence.sort((a, b) => a.start - b.start);
      const level = evidence.reduce<RiskLevel>(
        (worst, item) => (compareRisk(item.level, worst) > 0 ? item.level : worst),
        'none',
      );
      const categories = [
        ...new Set(
          [...evidence].sort((a, b) => compareRisk(b.level, a.level)).map((item) => item.category),
        ),
      ];
      return {
        level,
        categories,
        evidence,
        aboutOthers: others.map((item) => toEvidence(item, normalized, scanned)),
        assessable: true,
        detector: this.name,
      };
    },
  };
}

/** Risk that shows only across turns: a short answer to the agent's safety question, and hopelessness that builds. */
function addContextFindings(
  findings: Finding[],
  t: string,
  context: RiskContext | undefined,
): void {
  const words = t.split(/\s+/u).filter(Boolean).length;
  const asked = context?.previousAgentText ? askedQuestion(context.previousAgentText) : undefined;
  if (asked && words <= SHORT_ANSWER_WORDS) {
    const answer = answerOf(t);
    const level = answer === 'yes' ? asked.yes : answer === 'no' ? asked.no : 'none';
    if (level !== 'none') {
      const rule: RiskRule = {
        id: `context.${asked.question}-${answer}`,
        category: asked.category,
        level,
        pattern: /$^/u,
      };
      addFinding(findings, { rule, start: 0, end: t.length, level });
    }
  }
  if (findings.some((item) => compareRisk(item.level, 'moderate') >= 0)) return;
  const ending = firstUnnegated(ENDING, t);
  const hopeless = firstUnnegated(HOPELESSNESS, t);
  const earlier = (context?.recentClientTexts ?? [])
    .slice(-5)
    .map((text) => normalizeForSafety(text).text);
  const earlierSigns = earlier.filter(
    (text) => HOPELESSNESS.test(text) || ENDING.test(text),
  ).length;
  const indirect = (id: string, match: RegExpExecArray, level: RiskLevel) =>
    addFinding(findings, {
      rule: { id, category: 'suicide', level, pattern: /$^/u },
      start: match.index,
      end: match.index + match[0].length,
      level: PAST_RESOLVED.test(sentenceAround(t, match.index)) ? 'low' : level,
    });
  if (ending && (hopeless || earlierSigns >= 1))
    indirect('suicide.indirect-ending', ending, 'moderate');
  else if (hopeless && earlierSigns >= 2) indirect('suicide.escalation', hopeless, 'moderate');
  else if (ending) indirect('suicide.indirect-ending', ending, 'low');
  else if (hopeless) indirect('suicide.hopelessness', hopeless, 'low');
}

/**
 * Means and plans raise suicidal or self-harm thoughts to high; a time raises them one step
 * (high becomes imminent); a preparatory act is high alone and imminent with any other sign.
 */
function raiseByModifiers(findings: Finding[], t: string): void {
  const own = () =>
    findings.filter(
      (f) =>
        (f.rule.category === 'suicide' || f.rule.category === 'self_harm') &&
        compareRisk(f.level, 'moderate') >= 0,
    );
  const preparation = firstUnnegated(PREPARATION_RULE.pattern, t);
  if (preparation) {
    const level: RiskLevel = own().length > 0 ? 'imminent' : 'high';
    addFinding(findings, {
      rule: PREPARATION_RULE,
      start: preparation.index,
      end: preparation.index + preparation[0].length,
      level,
    });
  }
  const targets = own();
  if (targets.length === 0) return;
  for (const rule of [MEANS_RULE, PLAN_RULE]) {
    const match = firstUnnegated(rule.pattern, t);
    if (!match) continue;
    const level = maxLevel(['high', ...targets.map((f) => f.level)]);
    addFinding(findings, {
      rule: { ...rule, category: targets[0]!.rule.category },
      start: match.index,
      end: match.index + match[0].length,
      level,
    });
  }
  const time = firstUnnegated(TIMEFRAME_RULE.pattern, t);
  if (time) {
    const current = maxLevel(own().map((f) => f.level));
    const level: RiskLevel = compareRisk(current, 'high') >= 0 ? 'imminent' : 'high';
    addFinding(findings, {
      rule: { ...TIMEFRAME_RULE, category: targets[0]!.rule.category },
      start: time.index,
      end: time.index + time[0].length,
      level,
    });
  }
}

function maxLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>(
    (worst, level) => (compareRisk(level, worst) > 0 ? level : worst),
    'none',
  );
}

function matchesOf(rule: RiskRule, text: string): RegExpExecArray[] {
  const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
  return [...text.matchAll(new RegExp(rule.pattern.source, flags))];
}

function firstUnnegated(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
    if (!isNegated(clauseBefore(text, match.index))) return match;
  }
  return undefined;
}

function finding(rule: RiskRule, match: RegExpExecArray, level: RiskLevel): Finding {
  return { rule, start: match.index, end: match.index + match[0].length, level };
}

const SPEAKER_SUBJECT = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me)\b/gu;

/** Whether the nearest subject before a statement is someone else ("my brother … and now I want to die" is the speaker). */
function subjectIsSomeoneElse(clause: string): boolean {
  const other = lastIndexOf(new RegExp(THIRD_PERSON_SUBJECT.source, 'gu'), clause);
  if (other === -1) return false;
  return lastIndexOf(SPEAKER_SUBJECT, clause) < other;
}

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/** The text of the current clause up to `index`. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY))
    start = boundary.index + boundary[0].length;
  return before.slice(start);
}

/** The sentence that contains `index`. */
function sentenceAround(text: string, index: number): string {
  const start =
    Math.max(
      text.lastIndexOf('.', index - 1),
      text.lastIndexOf('!', index - 1),
      text.lastIndexOf('?', index - 1),
      text.lastIndexOf('\n', index - 1),
    ) + 1;
  const rest = text.slice(index).search(/[.!?\n]/u);
  return text.slice(start, rest === -1 ? text.length : index + rest);
}

/** Negated when a negation cue stands among the last four words before the statement, and nothing undoes it. */
function isNegated(clause: string): boolean {
  const lastWords = clause.trim().split(/\s+/u).slice(-4).join(' ');
  return NEGATION_CUE.test(lastWords) && !NEGATION_UNDONE.test(clause);
}

/** Adds a finding, keeping only the most severe of overlapping findings in one category. */
function addFinding(findings: Finding[], item: Finding): void {
  const overlapping = findings.findIndex(
    (other) =>
      other.rule.category === item.rule.category &&
      other.start < item.end &&
      item.start < other.end,
  );
  if (overlapping === -1) findings.push(item);
  else if (compareRisk(item.level, findings[overlapping]!.level) > 0) findings[overlapping] = item;
}

function toEvidence(item: Finding, normalized: NormalizedText, original: string): RiskEvidence {
  const start = normalized.origin[item.start] ?? 0;
  const end = normalized.origin[item.end] ?? original.length;
  return {
    category: item.rule.category,
    level: item.level,
    rule: item.rule.id,
    start,
    end,
    text: original.slice(start, end),
  };
}
