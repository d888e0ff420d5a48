import {
  compareRisk,
  execAll,
  type RiskCategory,
  type RiskEvidence,
  type RiskLevel,
} from '../core/index.ts';
import { assessability } from './language-check.ts';
import type { ModelScore, RiskModel } from './learned/model.ts';
import { normalizeForSafety, type NormalizedText } from './normalize-text.ts';
import { compileRegExpsAtOnce } from './regexp-compilation.ts';
import type { RiskAssessment, RiskContext, RiskDetector, RiskUnsure } from './risk-detector.ts';
import { ABOUT_OTHERS_RULES } from './rules/about-others-rules.ts';
import { ABUSE_RULES, APPROACH, THREAT_AHEAD, URGENT, VOLATILE } from './rules/abuse-rules.ts';
import {
  ACCESS_NOW,
  ACCESS_STATEMENT,
  ENDING,
  GRIEVANCE,
  TARGET_KNOWLEDGE,
  HOPELESSNESS,
  MEANS_IN_VIEW,
  answerOf,
  statesSafety,
  askedQuestion,
  lastQuestion,
} from './rules/context-rules.ts';
import {
  ACCIDENT,
  DELIBERATE,
  MEANT,
  SKIN_CONDITION,
  CLAUSE_BOUNDARY,
  FICTION_OR_NEWS,
  FIGURATIVE,
  FIRST_PERSON,
  NEGATION_AFTER,
  ASKED_IF,
  QUOTED_FROM,
  ANSWERED_NO,
  ANSWER_UNDONE,
  NEGATION_CUE,
  NEGATION_UNDONE,
  AT_AGE,
  LONG_PAST,
  PAST_RESOLVED,
  PAST_TENSE,
  PAST_TIME,
  RECENT_PAST,
  AGE_OR_STREAK,
  ANNIVERSARY,
  RECURRENCE,
  RESOLVED,
  THIRD_PERSON_SUBJECT,
} from './rules/frames.ts';
import { HARM_TO_OTHERS_RULES } from './rules/harm-to-others-rules.ts';
import { INDIRECT_FLOOR_RULES } from './rules/indirect-floor-rules.ts';
import { EXPLICIT_DANGER_RULES } from './rules/explicit-floor-danger.ts';
import { EXPLICIT_BODY_RULES } from './rules/explicit-floor-body.ts';
import { EXPLICIT_FLOOR_6_RULES } from './rules/explicit-floor-6.ts';
import { EXPLICIT_FLOOR_7_OTHERS_RULES, EXPLICIT_FLOOR_7_RULES } from './rules/explicit-floor-7.ts';
import { EXPLICIT_FLOOR_8_RULES } from './rules/explicit-floor-8.ts';
import { EXPLICIT_FLOOR_9_RULES } from './rules/explicit-floor-9.ts';
import { EXPLICIT_FLOOR_10_RULES } from './rules/explicit-floor-10.ts';
import { EXPLICIT_FLOOR_3_RULES } from './rules/explicit-floor-3.ts';
import { EXPLICIT_FLOOR_4_RULES } from './rules/explicit-floor-4.ts';
import { EXPLICIT_FLOOR_5_ABUSE_RULES } from './rules/explicit-floor-5-abuse.ts';
import { EXPLICIT_FLOOR_5_HARM_RULES } from './rules/explicit-floor-5-harm.ts';
import { EXPLICIT_FLOOR_5_OWN_RULES } from './rules/explicit-floor-5-own.ts';
import { DOSE_NAMED, MEDICAL_EMERGENCY_RULES } from './rules/medical-emergency-rules.ts';
import {
  MEANS_RULE,
  PLAN_RULE,
  PREPARATION_RULE,
  STRONG_PLAN_RULE,
  TIMEFRAME_RULE,
  MEANS_POSSESSED,
  WEAK_PREPARATION,
  WEAPON_AT_HAND,
} from './rules/modifier-rules.ts';
import type { RiskRule } from './rules/risk-rule.ts';
import { PLAN_STATEMENT_RULES } from './rules/plan-rules.ts';
import { IDEATION_RULES } from './rules/ideation-rules.ts';
import { PLAN_TIME_RULES } from './rules/plan-time-rules.ts';
import { PREPARATORY_RULES } from './rules/preparatory-rules.ts';
import { SELF_HARM_RULES } from './rules/self-harm-rules.ts';
import { SUICIDE_RULES } from './rules/suicide-rules.ts';
import {
  GRAMMAR_FORM_RULES,
  IMMINENT_ACT_RULES,
  OTHERS_FORM_RULES,
} from './rules/grammar-form-rules.ts';
import { CUE_RULES, DANGER_CONCEPT } from './rules/cue-rules.ts';
import { readEmoji } from './rules/emoji-rules.ts';
import { VOICE_OTHERS_RULES, VOICE_RULES } from './rules/voice-rules.ts';
import { CONCEPT_NEGATION } from './rules/oblique-cue-rules.ts';
import { literalPrefilter, type LiteralPrefilter, type PrefilterScan } from './rules/prefilter.ts';

/** A model probability at which its finding is high rather than moderate. */
const CONFIDENT = 0.95;
/**
 * A model probability above which rumination words ("I keep thinking about …") no longer explain
 * an alarm away. 0.9 since model@12, which reads "I keep thinking about my ex" at 0.81 (0.78 with
 * model@10) and "… shoving my brother off the ladder" at 0.94; the held-out counts are the same
 * at 0.8 and 0.9.
 */
const RUMINATION_CONFIDENT = 0.9;

/**
 * The agent's own question about when the person will do an agreed step ("When could you do it?
 * A day and a rough time"). Its answer is made of times ("Thursday after I get home", "tonight"):
 * read together with the question, in the person's words ("when could I do it? tonight"), the
 * model finds a plan with a time in almost any of them, so such an answer is read on its own.
 */
const SCHEDULING_QUESTION =
  /\b(?:when (?:would|could|will|might|do|can) (?:suit you|you|it suit)|which day|what day|what time|a day and a (?:rough )?time)\b/u;
/** The rules are linear-time, but a message is only scanned this far (a 1 MB paste is cut, not refused). */
const MAX_SCAN_CHARS = 65_536;
/** Texts kept read (see `ruleRiskDetector`): a message and its five earlier turns for about ten conversations at once. */
const READINGS_KEPT = 64;
/** A kept reading holds the normalised text's offsets only up to this length. */
const KEEP_OFFSETS_CHARS = 4_000;

/** What the detector has read of one text on its own, filled in as it is needed. */
interface Reading {
  assessable?: boolean;
  scanned?: Scanned;
  normalized?: NormalizedText;
  /** The model's score of the text alone. */
  alone?: ModelScore;
}
const SPEAKER_RULES: readonly RiskRule[] = [
  ...SUICIDE_RULES,
  STRONG_PLAN_RULE,
  ...PLAN_STATEMENT_RULES,
  ...IDEATION_RULES,
  ...PLAN_TIME_RULES,
  ...PREPARATORY_RULES,
  ...SELF_HARM_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...ABUSE_RULES,
  ...MEDICAL_EMERGENCY_RULES,
  ...GRAMMAR_FORM_RULES,
  ...IMMINENT_ACT_RULES,
  ...VOICE_RULES,
  ...INDIRECT_FLOOR_RULES,
  ...EXPLICIT_DANGER_RULES,
  ...EXPLICIT_BODY_RULES,
  ...EXPLICIT_FLOOR_3_RULES,
  ...EXPLICIT_FLOOR_4_RULES,
  ...EXPLICIT_FLOOR_5_OWN_RULES,
  ...EXPLICIT_FLOOR_5_HARM_RULES,
  ...EXPLICIT_FLOOR_5_ABUSE_RULES,
  ...EXPLICIT_FLOOR_6_RULES,
  ...EXPLICIT_FLOOR_7_RULES,
  ...EXPLICIT_FLOOR_8_RULES,
  ...EXPLICIT_FLOOR_9_RULES,
  ...EXPLICIT_FLOOR_10_RULES,
];
const OTHERS_RULES: readonly RiskRule[] = [
  ...ABOUT_OTHERS_RULES,
  ...EXPLICIT_FLOOR_7_OTHERS_RULES,
  ...OTHERS_FORM_RULES,
  ...VOICE_OTHERS_RULES,
];
// Hyperbole is common in anger ("I'll kill him if he's late"), rare in statements about oneself.
const FIGURATIVE_PRONE: ReadonlySet<RiskCategory> = new Set(['harm_to_others', 'abuse']);
const JOKE = /\b(?:lol|lmao|lmfao|rofl|haha+|jk|just kidding|😂|🤣)/u;
const SHORT_ANSWER_WORDS = 12;
/** "Can't" that names a body sign, not a negation: "I can't feel my legs". */
const BODY_CANT =
  /\b(?:can'?t|cannot) (?:breathe|catch my breath|stay awake|feel my|lift|raise|move my|keep my eyes open|think straight|see properly|stop (?:shaking|bleeding|being sick|throwing up))/gu;
const NOT_A_JOKE =
  /\b(?:no|not|not a|isn'?t a|ain'?t no) (?:even |actually |really |fucking )?(?:joke|joking|kidding|lol|jk|lying)\b/gu;
/** The same, tested once per message: "… lol. not lol actually" denies the joke of another sentence. */
const JOKE_DENIED = new RegExp(NOT_A_JOKE.source, 'u');
/** "I wouldn't mind not waking up": a negation word that does not negate the wish. */
const WOULD_NOT_MIND = /\bwould(?:n'?t| not) mind\b/u;
/** "I used to draw, now I just cut my arms": the statement is set in the present, against the past. */
const NOW_INSTEAD = /\bnow,? i (?:just |only |still )?$/u;
/** "jumping off the multistorey on purpose … lol": intent stated outright is not a joke. */
const ON_PURPOSE = /\b(?:on purpose|deliberately)\b/u;

/** A text the rules read, with the prefilter's verdict on which patterns may match it. */
interface Scanned {
  text: string;
  hits: PrefilterScan;
}

/** Lets every pattern run: the detector as it was before the prefilter. */
const NO_PREFILTER: LiteralPrefilter = {
  scan: () => ({ mayMatch: () => true, mayMatchAt: () => true }),
  indexOf: () => -1,
};

/** Each rule's number in a prefilter, so the rule loops ask it without a map lookup per rule. */
const ruleIndexes = new WeakMap<LiteralPrefilter, { speaker: Int32Array; others: Int32Array }>();
function indexesIn(filter: LiteralPrefilter) {
  let indexes = ruleIndexes.get(filter);
  if (!indexes) {
    indexes = {
      speaker: Int32Array.from(SPEAKER_RULES, (rule) => filter.indexOf(rule.pattern)),
      others: Int32Array.from(OTHERS_RULES, (rule) => filter.indexOf(rule.pattern)),
    };
    ruleIndexes.set(filter, indexes);
  }
  return indexes;
}

let sharedPrefilter: LiteralPrefilter | undefined;

/**
 * The prefilter over every pattern the detector runs on a whole message or sentence, built on
 * first use (parsing the rules takes a few hundred milliseconds, which `--help` need not pay).
 */
function rulePrefilter(): LiteralPrefilter {
  sharedPrefilter ??= literalPrefilter([
    ...OTHERS_RULES.map((rule) => rule.pattern),
    ...SPEAKER_RULES.map((rule) => rule.pattern),
    ...SUICIDE_RULES.map((rule) => rule.pattern),
    ...CUE_RULES.flatMap((rule) => [...rule.all, ...(rule.none ?? [])]),
    NOT_A_JOKE,
    WOULD_NOT_MIND,
    FICTION_OR_NEWS,
    FIGURATIVE,
    PAST_RESOLVED,
    LONG_PAST,
    SUICIDAL_WORDS,
    DO_IT,
    ACCESS_STATEMENT,
    DOSE_NAMED,
    TARGET_KNOWLEDGE,
    GRIEVANCE,
    HOPELESSNESS,
    MEANS_IN_VIEW,
    ACCESS_NOW,
    ENDING,
    APPROACH,
    VOLATILE,
    URGENT,
    MEANS_RULE.pattern,
    PLAN_RULE.pattern,
    TIMEFRAME_RULE.pattern,
    PREPARATION_RULE.pattern,
    WEAK_PREPARATION,
    MEANS_POSSESSED,
    WEAPON_AT_HAND,
  ]);
  return sharedPrefilter;
}

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
export function ruleRiskDetector(
  options: {
    model?: RiskModel;
    /** @internal Off only to check that the prefilter changes no result. */
    prefilter?: boolean;
  } = {},
): RiskDetector {
  compileRegExpsAtOnce();
  const { model } = options;
  const prefilter = options.prefilter === false ? NO_PREFILTER : undefined;
  // A conversation's texts come back: each earlier turn with every message after it (up to five
  // of them), and the person's last message once more when their answer to the agent's question
  // carries its risk (`addCarriedFindings` assesses it alone). What is read of a text on its own
  // (normalised, scanned, the model's score) is a pure function of it, so it is kept for the
  // texts read lately and a reading from here is the reading anew.
  const readings = new Map<string, Reading>();
  const readingOf = (head: string): Reading => {
    let reading = readings.get(head);
    if (reading) {
      // Most recently used last: the oldest entry is the first evicted.
      readings.delete(head);
    } else {
      reading = {};
      if (readings.size >= READINGS_KEPT) readings.delete(readings.keys().next().value!);
    }
    readings.set(head, reading);
    return reading;
  };
  /** The text normalised (with offsets) and scanned, read anew where the reading lacks them. */
  const readFully = (reading: Reading, head: string, filter: LiteralPrefilter) => {
    let normalized = reading.normalized;
    if (!normalized || !reading.scanned) {
      normalized = normalizeForSafety(head);
      reading.scanned ??= { text: normalized.text, hits: filter.scan(normalized.text) };
      // Offsets are kept only for short texts: a long paste's would hold megabytes.
      if (head.length <= KEEP_OFFSETS_CHARS) reading.normalized = normalized;
    }
    return { normalized, scanned: reading.scanned };
  };
  return {
    name: model ? `rules@19+${model.name}` : 'rules@19',
    assess(text: string, context?: RiskContext): RiskAssessment {
      const scanned = text.slice(0, MAX_SCAN_CHARS);
      const reading = readingOf(scanned);
      reading.assessable ??= assessability(scanned).assessable;
      if (!reading.assessable) {
        return {
          level: 'none',
          categories: [],
          evidence: [],
          aboutOthers: [],
          assessable: false,
          detector: this.name,
        };
      }
      // Patterns whose literals the text lacks cannot match it and are not run.
      const filter = prefilter ?? rulePrefilter();
      const { normalized, scanned: message } = readFully(reading, scanned, filter);
      const t = message.text;
      const earlier = (context?.recentClientTexts ?? []).slice(-5).map((text) => {
        const head = text.slice(0, MAX_SCAN_CHARS);
        const read = readingOf(head);
        return read.scanned ?? readFully(read, head, filter).scanned;
      });
      const findings: Finding[] = [];
      const others: Finding[] = [];
      // The model's reading of the message alone, computed at most once per message.
      const scoreAlone = model ? () => (reading.alone ??= model.score(scanned, t)) : undefined;

      // Most messages contain the literals of only a few rules: the rest are skipped unread.
      const indexes = indexesIn(filter);
      for (let r = 0; r < OTHERS_RULES.length; r += 1) {
        if (!message.hits.mayMatchAt(indexes.others[r]!)) continue;
        const rule = OTHERS_RULES[r]!;
        for (const match of matchesOf(rule, t)) {
          const sentence = sentenceAround(t, match.index);
          const clause = clauseBefore(t, match.index);
          if (isNegated(clause) || FICTION_OR_NEWS.test(sentence)) continue;
          // "I wrote a goodbye note" is the speaker's own risk, not someone else's.
          if (!THIRD_PERSON_SUBJECT.test(match[0]) && speakerIsSubject(clause)) continue;
          addFinding(others, finding(rule, match, rule.level));
        }
      }

      const jokeDenied = JOKE_DENIED.test(t);
      for (let r = 0; r < SPEAKER_RULES.length; r += 1) {
        if (!message.hits.mayMatchAt(indexes.speaker[r]!)) continue;
        const rule = SPEAKER_RULES[r]!;
        for (const match of matchesOf(rule, t)) {
          const clause = clauseBefore(t, match.index);
          // "no joke", "not kidding": a denied joke is not a joke.
          const sentence = sentenceAround(t, match.index).replace(NOT_A_JOKE, ' ');
          if (
            isNegated(clause) ||
            negatedAfter(t, match.index + match[0].length) ||
            deniedWhenAsked(t, match)
          )
            continue;
          // "Mum texted 'I'm tired of living'": the first person is mum. Threats and abuse in
          // a quote stay alarms; a threat quoted at "you" is read below as danger to the speaker.
          if (QUOTED_RISK.has(rule.category) && quotedFromOther(t, match.index)) {
            addFinding(others, finding(rule, match, rule.level));
            continue;
          }
          // "he said he'd end it for all of us": the speaker is among those threatened.
          const speakerInMatch =
            FIRST_PERSON.test(match[0]) || (rule.category === 'abuse' && /\bus\b/u.test(match[0]));
          const otherSubject =
            !speakerInMatch && !rule.subjectMayBeTarget && subjectIsSomeoneElse(clause);
          const speakerInClause = FIRST_PERSON.test(clause.replace(THIRD_PERSON_SUBJECT, ''));
          if (
            !speakerInMatch &&
            FICTION_OR_NEWS.test(sentence) &&
            (otherSubject || !speakerInClause)
          )
            continue;
          if (otherSubject) {
            addFinding(others, finding(rule, match, rule.level));
            continue;
          }
          if (
            FIGURATIVE_PRONE.has(rule.category) &&
            !rule.done &&
            FIGURATIVE.test(sentence) &&
            !HARMED_OR_AFRAID.test(sentence)
          )
            continue;
          // "I cut my hand when I fell" is an accident, not self-harm.
          if (rule.category === 'self_harm') {
            if (ACCIDENT.test(sentence) && !DELIBERATE.test(sentence)) continue;
            // "he kicked the ball and it hit my face": a thing, not the speaker, did it.
            if (THING_AS_SUBJECT.test(clause) && !DELIBERATE.test(sentence)) continue;
            if (SKIN_CONDITION.test(sentence) && !MEANT.test(sentence)) continue;
          }
          let level = rule.level;
          const nowInstead = NOW_INSTEAD.test(t.slice(Math.max(0, match.index - 20), match.index));
          // "I'm going to kill the man who abused me as a kid": intent now, whatever the past in the sentence.
          const intentNow =
            INTENT_NOW.test(
              t.slice(Math.max(0, match.index - 12), match.index + match[0].length),
            ) && !quotedFromOther(t, match.index);
          if (!nowInstead && !intentNow && isPastAndResolved(rule.category, sentence, t))
            level = 'low';
          else if (
            rule.category !== 'self_harm' &&
            !rule.done &&
            !jokeDenied &&
            JOKE.test(sentence) &&
            compareRisk(level, 'imminent') < 0 &&
            FIGURATIVE.test(sentence) &&
            !HARMED_OR_AFRAID.test(sentence) &&
            !ON_PURPOSE.test(sentence)
          )
            level = 'low';
          // "He texted 'I'll kill you if you leave'": a threat someone else wrote to "you" is
          // aimed at the speaker. That is danger at home, read like "he said he'll kill me".
          if (
            rule.category === 'harm_to_others' &&
            AT_YOU.test(match[0]) &&
            quotedFromOther(t, match.index)
          ) {
            addDerived(
              findings,
              'abuse.quoted-threat',
              'abuse',
              quotedThreatLevel(level, match[0]),
              match.index,
              match.index + match[0].length,
            );
            continue;
          }
          addFinding(findings, finding(rule, match, level));
        }
      }

      // "My uncle says he's going to hurt my aunt": a statement reported of someone else is theirs.
      for (let i = findings.length - 1; i >= 0; i--) {
        const f = findings[i]!;
        // "my stepmum hits my sister and me": the speaker is among those it is done to.
        if (f.rule.category === 'abuse' && /\b(?:me|us)\b/u.test(t.slice(f.start, f.end))) continue;
        const reported = others.some(
          (o) =>
            o.rule.category === f.rule.category &&
            THIRD_PERSON_SUBJECT.test(t.slice(o.start, f.start)) &&
            o.start <= f.start &&
            f.start < o.end,
        );
        if (reported) findings.splice(i, 1);
      }
      addJoinedFindings(findings, others, t);
      addUrgeAgain(findings, message);
      addCueFindings(findings, message, filter);
      for (const reading of readEmoji(scanned))
        addDerived(findings, reading.id, reading.category, reading.level, 0, t.length);
      // Emoji alone are read by the emoji rules: the word model knows too few of them to judge.
      if (model && /[\p{L}\p{N}]/u.test(scanned))
        addModelFinding(findings, others, model, scoreAlone!, t, earlier);
      addContextFindings(findings, message, earlier, context);
      addCarriedFindings(findings, message, context, (last) => this.assess(last));
      if (model && others.length === 0) addModelAnswerFinding(findings, model, t, context);
      if (model) addModelHarmReading(findings, model.name, scoreAlone!, t);
      raiseByModifiers(findings, message, earlier);
      raiseOthersByTime(others, message);
      if (model) addModelImminence(findings, model, scoreAlone!, t);
      // Last, so it never stands in the way of a reading of the speaker's own risk above.
      if (model && /[\p{L}\p{N}]/u.test(scanned))
        addModelOthersFinding(findings, others, model.name, scoreAlone!, t);

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
      const unsure =
        model && others.length === 0 && compareRisk(level, 'moderate') < 0
          ? unsureReading(scoreAlone!, scanned, context, askFloor(model.threshold))
          : undefined;
      return {
        level,
        categories,
        evidence,
        aboutOthers: others.map((item) => toEvidence(item, normalized, scanned)),
        assessable: true,
        ...(unsure ? { unsure } : {}),
        detector: this.name,
      };
    },
  };
}

/**
 * The sensitive layer: danger concepts with the speaker and intent in one sentence, for phrasings
 * no phrase rule anticipated. Sentences that are negated, fictional, figurative, past or about
 * someone else are left out; a cue never lowers or duplicates a phrase-rule finding.
 */
function addCueFindings(findings: Finding[], message: Scanned, filter: LiteralPrefilter): void {
  const t = message.text;
  // Without a denied joke to replace, every sentence is a piece of the message: if no cue rule
  // may match the message, none may match a sentence of it.
  if (!message.hits.mayMatch(NOT_A_JOKE) && !mayApplyCue(message.hits, false)) return;
  const sentences: { start: number; raw: string }[] = [];
  let offset = 0;
  for (const raw of t.split(/(?<=[.!?\n])/u)) {
    sentences.push({ start: offset, raw });
    offset += raw.length;
  }
  for (let i = 0; i < sentences.length; i++) {
    const { start, raw } = sentences[i]!;
    const next = sentences[i + 1]?.raw ?? '';
    checkCueSentence(findings, start, raw, false, message, filter);
    if (next.trim()) checkCueSentence(findings, start, raw + next, true, message, filter);
  }
}

/** Applies the cue rules to one sentence (or, for `pair` rules only, a sentence and the next). */
function checkCueSentence(
  findings: Finding[],
  start: number,
  raw: string,
  pair: boolean,
  message: Scanned,
  filter: LiteralPrefilter,
): void {
  const part = raw.slice(0, pair ? 1200 : 600);
  const text = part.replace(NOT_A_JOKE, ' ');
  // Unchanged, the sentence is a piece of the message: a string it contains, the message
  // contains, so the message's scan serves. A replaced joke may join new strings: scan anew.
  const sentence: Scanned = { text, hits: text === part ? message.hits : filter.scan(text) };
  // The frames below only ever stop a cue rule: with no rule in reach there is nothing to stop.
  if (!mayApplyCue(sentence.hits, pair)) return;
  if (
    (NEGATION_CUE.test(text.replace(BODY_CANT, ' ').replace(CONCEPT_NEGATION, ' ')) &&
      !test(WOULD_NOT_MIND, sentence)) ||
    test(FICTION_OR_NEWS, sentence) ||
    test(FIGURATIVE, sentence) ||
    test(PAST_RESOLVED, sentence) ||
    test(LONG_PAST, sentence) ||
    // "I swallowed a load of tablets at 14. I'm 40 now": past, with the resolution beside it.
    (resolvedMessage(message.text) && PAST_TENSE.test(text))
  ) {
    return;
  }
  for (const rule of CUE_RULES) {
    if (pair && !rule.pair) continue;
    if (!rule.all.every((pattern) => test(pattern, sentence))) continue;
    if (rule.none?.some((pattern) => test(pattern, sentence))) continue;
    // "Driving round to his house now with the bat": a chat message without a subject is the speaker's.
    const elliptical = rule.id === 'cue.harm-pathway' && !SUBJECT.test(text);
    const someoneElse = rule.anySubject
      ? false
      : rule.category === 'harm_to_others'
        ? !elliptical && !firstSubjectIsSpeaker(text)
        : rule.category !== 'abuse' && subjectIsSomeoneElse(text);
    if (someoneElse) continue;
    // The threat in this sentence was quoted at the speaker: it is read as abuse above.
    if (
      rule.category === 'harm_to_others' &&
      findings.some(
        (f) =>
          f.rule.id === 'abuse.quoted-threat' && f.start >= start && f.start < start + raw.length,
      )
    )
      continue;
    const covered = findings.some(
      (f) => f.rule.category === rule.category && compareRisk(f.level, rule.level) >= 0,
    );
    if (covered) continue;
    addDerived(findings, rule.id, rule.category, rule.level, start, start + raw.trimEnd().length);
  }
}

/** Whether some cue rule (with `pair`, some pair rule) may match a text with these hits. */
function mayApplyCue(hits: PrefilterScan, pair: boolean): boolean {
  return CUE_RULES.some(
    (rule) => (!pair || rule.pair) && rule.all.every((pattern) => hits.mayMatch(pattern)),
  );
}

const SUBJECT =
  /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|he|she|they|he's|she's|they're|someone|somebody|a (?:guy|girl|man|woman|kid|boy))\b/u;

/** Whether the sentence's first subject is the speaker ("I'm bringing the hammer, he'll be there" yes; "he said he'll bring a gun" no). */
function firstSubjectIsSpeaker(sentence: string): boolean {
  const first = SUBJECT.exec(sentence)?.[0];
  return first !== undefined && /^(?:i|i'm|im|i've|ive|i'd|id|i'll)$/u.test(first);
}

/** A yes that opens an answer, in so many words. */
const PLAIN_YES = /^\W*(?:yes|yeah|yea|yep|yup|yh|aye)\b/u;

/** Risk that shows only across turns: a short answer to the agent's safety question, and hopelessness that builds. */
function addContextFindings(
  findings: Finding[],
  message: Scanned,
  earlier: readonly Scanned[],
  context: RiskContext | undefined,
): void {
  const t = message.text;
  const asked = context?.previousAgentText
    ? askedQuestion(context.previousAgentText.slice(-2000))
    : undefined;
  const words = asked ? t.split(/\s+/u).filter(Boolean).length : 0;
  const add = (id: string, category: RiskCategory, level: RiskLevel, start: number, end: number) =>
    addDerived(findings, id, category, level, start, end);
  const suicidalEarlier = earlier.some(
    (text) => test(SUICIDAL_WORDS, text) || SUICIDE_RULES.some((rule) => test(rule.pattern, text)),
  );
  // A longer answer that opens with a plain yes is still a yes to a direct question ("yes, I have
  // been having those thoughts most nights since my dad died last year, honestly").
  const plainYes = words > SHORT_ANSWER_WORDS && PLAIN_YES.test(t) && answerOf(t) === 'yes';
  if (asked && (words <= SHORT_ANSWER_WORDS || plainYes)) {
    let answer = answerOf(t, asked.question);
    // "dad's is in the loft and I know the code" answers "do you have access to a gun?".
    if (
      answer === 'unclear' &&
      asked.question === 'means' &&
      firstUnnegated(ACCESS_STATEMENT, message)
    )
      answer = 'yes';
    // "no i'm safe. just low" answers "are you safe right now?": safe.
    if (asked.question === 'safe_now' && asked.no !== 'none' && answer === 'no' && statesSafety(t))
      answer = 'yes';
    let level = answer === 'yes' ? asked.yes : answer === 'no' ? asked.no : 'none';
    // Means at hand after stated suicidal intent: intent plus means is imminent.
    if (asked.question === 'means' && answer === 'yes' && suicidalEarlier) level = 'imminent';
    if (level !== 'none')
      add(`context.${asked.question}-${answer}`, asked.category, level, 0, t.length);
    // "the whole box of my mum's tablets" answers "have you taken anything?".
    if (asked.question === 'injury' && answer !== 'no' && firstUnnegated(DOSE_NAMED, message)) {
      add('context.injury-dose', 'medical_emergency', 'imminent', 0, t.length);
      if (suicidalEarlier) add('suicide.overdose-with-intent', 'suicide', 'imminent', 0, t.length);
    }
  }
  // Knowing where someone will be, after grievance or talk of hurting them.
  const target = firstUnnegated(TARGET_KNOWLEDGE, message);
  if (target && [message, ...earlier].some((text) => test(GRIEVANCE, text)))
    add(
      'harm_to_others.targeting',
      'harm_to_others',
      'high',
      target.index,
      target.index + target[0].length,
    );
  // "I'm going to do it tonight" after suicidal talk (in this message, earlier, or the agent's question).
  const doIt = firstUnnegated(DO_IT, message);
  // "my sister is going to end it all tonight" is her intent: the about-others rules report it.
  if (doIt && !subjectIsSomeoneElse(clauseBefore(t, doIt.index))) {
    const suicidalBefore =
      asked?.category === 'suicide' ||
      [message, ...earlier].some(
        (text) =>
          test(SUICIDAL_WORDS, text) ||
          test(HOPELESSNESS, text) ||
          test(PLAN_RULE.pattern, text) ||
          test(MEANS_IN_VIEW, text) ||
          SUICIDE_RULES.some((rule) => test(rule.pattern, text)),
      );
    if (suicidalBefore) {
      const level: RiskLevel = firstUnnegated(TIMEFRAME_RULE.pattern, message)
        ? 'imminent'
        : 'high';
      add('suicide.intent-in-context', 'suicide', level, doIt.index, doIt.index + doIt[0].length);
    }
  }
  // Someone coming, with anger, drink or fear in this message or the last few: danger now.
  const approach = firstUnnegated(APPROACH, message);
  if (approach && [message, ...earlier].some((text) => test(VOLATILE, text)))
    add('abuse.approach', 'abuse', 'imminent', approach.index, approach.index + approach[0].length);

  if (findings.some((item) => compareRisk(item.level, 'moderate') >= 0)) return;
  // Words quoted from someone else ("her status: 'can't do this anymore'") are theirs.
  const ending = firstUnnegated(ENDING, message, true);
  const hopeless = firstUnnegated(HOPELESSNESS, message, true);
  const earlierSigns = earlier.filter(
    (text) => test(HOPELESSNESS, text) || test(ENDING, text),
  ).length;
  // A means kept in view ("looking at the bridge every day", "it's right there") after darker messages.
  const inView = firstUnnegated(MEANS_IN_VIEW, message);
  const atHand = firstUnnegated(ACCESS_NOW, message);
  const earlierMeans = earlier.some((text) => test(MEANS_RULE.pattern, text));
  const means =
    inView && (hopeless || ending || earlierSigns >= 1)
      ? inView
      : atHand && earlierMeans
        ? atHand
        : undefined;
  if (means) {
    const about = `${means[0]} ${earlier.map((text) => text.text).join(' ')}`;
    const category: RiskCategory = /\b(?:blades?|razors?|cut|cutting)\b/u.test(about)
      ? 'self_harm'
      : 'suicide';
    add(`${category}.means-in-view`, category, 'high', means.index, means.index + means[0].length);
    return;
  }
  const indirect = (id: string, match: RegExpExecArray, level: RiskLevel) => {
    const around = sentenceAround(t, match.index);
    const at = PAST_RESOLVED.test(around) || LONG_PAST.test(around) ? 'low' : level;
    addDerived(findings, id, 'suicide', at, match.index, match.index + match[0].length);
  };
  if (ending && (hopeless || earlierSigns >= 1))
    indirect('suicide.indirect-ending', ending, 'moderate');
  else if (hopeless && earlierSigns >= 2) indirect('suicide.escalation', hopeless, 'moderate');
  else if (ending) indirect('suicide.indirect-ending', ending, 'low');
  else if (hopeless) indirect('suicide.hopelessness', hopeless, 'low');
}

/**
 * Risk the person stated one message ago stays in their answer to the agent's next question:
 * "after dark" to "have you thought about when?" after "I bought a rope today", "all of them, like
 * 30" to "how many did you take?". Risk is assessed over the conversation, not one message at a
 * time (C-SSRS: the answers to its questions build one picture); the answer's own means, times
 * and acts then raise the level as in any message. Not carried when the answer takes the risk
 * back ("I'm okay now", "it was a paper cut", "I was joking") or says no to a safety question
 * whose no is safe.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS: a structured sequence of questions).
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): ask about plan, means and timing after ideation.
 */
function addCarriedFindings(
  findings: Finding[],
  message: Scanned,
  context: RiskContext | undefined,
  assessEarlier: (text: string) => RiskAssessment,
): void {
  const alarm = () => findings.some((item) => compareRisk(item.level, 'moderate') >= 0);
  if (alarm()) return;
  const agent = context?.previousAgentText?.slice(-2000);
  if (!agent?.includes('?')) return;
  const t = message.text;
  if (RETRACTION.test(t)) return;
  const asked = askedQuestion(agent);
  const answer = answerOf(t, asked?.question);
  if (asked && answer === 'no' && asked.no === 'none') return;
  const carry = (before: RiskAssessment, kind: string, cap: RiskLevel = 'imminent') => {
    for (const category of before.categories) {
      let level = before.evidence
        .filter((item) => item.category === category)
        .reduce<RiskLevel>(
          (worst, item) => (compareRisk(item.level, worst) > 0 ? item.level : worst),
          'none',
        );
      if (compareRisk(level, 'moderate') < 0) continue;
      if (compareRisk(level, cap) > 0) level = cap;
      addDerived(findings, `context.${kind}-${category}`, category, level, 0, t.length);
    }
  };
  const last = context?.recentClientTexts?.at(-1);
  if (last) carry(assessEarlier(last), 'carried');
  // "Yes" or "getting worse" to a question that names the risk ("Is the urge to hurt yourself
  // there right now?" "really strong"): the question, said by the person, is their answer. The
  // safety questions the protocol asks are read by their own table above; here the time words
  // of someone else's question do not make the answer imminent.
  const strong = answer === 'unclear' && AFFIRMED_WORSE.test(t);
  if (asked && strong && !alarm() && compareRisk(asked.yes, 'moderate') >= 0)
    addDerived(
      findings,
      `context.affirmed-${asked.category}`,
      asked.category,
      asked.yes,
      0,
      t.length,
    );
  if (!alarm() && test(BARE_DEATH_WISH, message) && WISH_QUESTION.test(agent.toLowerCase()))
    addDerived(findings, 'context.wish-answer', 'suicide', 'moderate', 0, t.length);
  if (!asked && !alarm() && (answer === 'yes' || strong)) {
    const question = lastQuestion(agent);
    // "Yes" to "when could you do it?" affirms a time, not a risk.
    if (question && !SCHEDULING_QUESTION.test(question.toLowerCase()))
      carry(assessEarlier(asFirstPerson(question)), 'affirmed', 'high');
  }
}

/**
 * A wish given as a bare answer to a question about wants or help ("What would help right now?"
 * "honestly just not waking up"): the wish to be dead, said without a verb of wanting.
 * @see Posner K, et al. Am J Psychiatry 2011;168(12):1266–77 (C-SSRS item 1: wish to be dead).
 */
const WISH_QUESTION =
  /\b(?:help|want|wish|need|hope|hoping|looking forward|would (?:make|change)|like to (?:happen|change)|goal|rather)\b/u;
const BARE_DEATH_WISH =
  /^\s*(?:(?:honestly|tbh|truthfully|just|probably|maybe|really|to be honest|not gonna lie|ngl|for it all|for everything),? )*(?:to )?(?:not (?:waking|wake) up|never (?:waking|wake) up(?: again)?|not (?:being|be) (?:here|alive|around)(?: anymore)?|not existing|to stop existing|stop existing|being dead|be dead|dying|to die|disappearing for ?ever|falling asleep (?:for ?ever|and never waking up)|it all (?:to )?(?:stop|end) for good|for it all to (?:stop|end)(?: for good)?)\s*(?:tbh|honestly|really|lol)?[.!]*\s*$/u;

/** An answer that says the thing asked about is there, strong or worsening. */
const AFFIRMED_WORSE =
  /^\s*(?:(?:really|very|so|pretty|quite) (?:strong|bad)|strong|stronger|worse|getting worse|it'?s (?:getting )?worse|no,? (?:it'?s )?(?:getting )?worse|still (?:bleeding|there|going|happening))\b/u;

/** The agent's question in the person's mouth: "have you thought of hurting yourself?" → "have i thought of hurting myself." */
function asFirstPerson(question: string): string {
  return question
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\byourself\b/gu, 'myself')
    .replace(/\byour\b/gu, 'my')
    .replace(/\byou'?re\b/gu, "i'm")
    .replace(/\byou'?ve\b/gu, "i've")
    .replace(/\bare you\b/gu, 'am i')
    .replace(/\byou\b/gu, 'i')
    .replace(/\?/gu, '.');
}

/** An answer that takes back what came before: safe now, a joke or a laugh, an accident, over, better. */
const RETRACTION =
  /\b(?:(?:i'?m|im|i am|i feel) (?:ok|okay|fine|safe|alright|all right|good)(?: now)?\b|(?:just |only )?(?:joking|kidding)\b|not (?:what i meant|serious|like that|for real)\b|(?:it'?s|it was|that was) (?:fine|nothing|a joke|an accident|a paper cut|just a scratch)\b|(?:it|the bleeding) (?:stopped|has stopped)\b|(?:didn'?t|did not|won'?t|will not) (?:do|go through with) (?:it|anything)\b|i'?m not going to\b|misunderstood|wrong idea|(?:feeling|feel|i'?m|im) (?:much |a bit |so much )?(?:better|steadier|calmer)\b|nothing bad\b|(?:it|that|the [a-z]+) worked\b|(?:will|'ll) be fine\b|(?:lol|lmao|haha\w*|😂))/u;

const RECENT_PAST_ALL = new RegExp(RECENT_PAST.source, 'gu');

/** A recent past time anywhere in the message ("last night", "three weeks ago"; not "tonight"). */
function tellsOfRecentPast(text: string): boolean {
  return execAll(RECENT_PAST_ALL, text).some(
    (match) => !/^(?:(?:earlier )?today|tonight|this [a-z]+)$/u.test(match[0]),
  );
}
const DO_IT =
  /\b(?:going to|gonna|gunna|'ll|will|about to|planning to|plan to|ready to|decided to|finally) (?:do it|go through with it|end it|act on (?:it|them))\b|\b(?:tonight|today|tomorrow|this is|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is)? the (?:night|day)\b(?= *(?:[.!]|$))/u;
const SUICIDAL_WORDS =
  /\b(?:suicid\w*|kill(?:ing)? (?:my ?self|me)|end(?:ing)? (?:my life|it all|it)|want to die|wanna die|better off dead)\b/u;

/**
 * Means and plans raise suicidal or self-harm thoughts to high; a time, or means at hand, raises
 * them one step (high becomes imminent); a preparatory act is high alone and imminent with any
 * other sign (another preparatory act, in this message or the last few). Intent to harm someone
 * with a time or a weapon at hand, and current abuse with signs that it is happening now, are
 * imminent.
 */
function raiseByModifiers(
  findings: Finding[],
  message: Scanned,
  earlier: readonly Scanned[],
): void {
  const t = message.text;
  // The first time the message names, read once for every modifier below.
  const timeframe = firstUnnegated(TIMEFRAME_RULE.pattern, message);
  const own = () =>
    findings.filter(
      (f) =>
        (f.rule.category === 'suicide' || f.rule.category === 'self_harm') &&
        compareRisk(f.level, 'moderate') >= 0,
    );
  // "Two summers ago I wrote a goodbye note, I'm glad I never needed it" is past and resolved.
  const current = (match: RegExpExecArray) =>
    !isPastAndResolved('suicide', sentenceAround(t, match.index), t);
  // "my dad gave away his guitar": another person's act is reported as concern, not the speaker's.
  const preparations = allUnnegated(PREPARATION_RULE.pattern, message)
    .filter(current)
    .filter((match) => !subjectIsSomeoneElse(clauseBefore(t, match.index)));
  const weak = allUnnegated(WEAK_PREPARATION, message).filter(current);
  const earlierPreparation = earlier.some((text) => test(PREPARATION_RULE.pattern, text));
  // A clear preparatory act weighs two, a weak one (a note, "I'm ready") one: two is high, three imminent.
  const weight = 2 * preparations.length + weak.length + (earlierPreparation ? 2 : 0);
  const signs = [...preparations, ...weak];
  if (signs.length > 0 && (weight >= 2 || own().length > 0)) {
    const level: RiskLevel = own().length > 0 || weight >= 3 ? 'imminent' : 'high';
    for (const sign of signs)
      addFinding(findings, {
        rule: PREPARATION_RULE,
        start: sign.index,
        end: sign.index + sign[0].length,
        level,
      });
  }
  const targets = own();
  if (targets.length > 0) {
    for (const rule of [MEANS_RULE, PLAN_RULE]) {
      const match = firstUnnegated(rule.pattern, message);
      if (!match) continue;
      const level = maxLevel(['high', ...targets.map((f) => f.level)]);
      addFinding(findings, {
        rule: { ...rule, category: targets[0]!.rule.category },
        start: match.index,
        end: match.index + match[0].length,
        level,
      });
    }
    const time =
      timeframe ?? firstUnnegated(ACCESS_NOW, message) ?? firstUnnegated(MEANS_POSSESSED, message);
    const earlierSign = earlier
      .slice(-3)
      .some((text) => test(ACCESS_NOW, text) || test(PREPARATION_RULE.pattern, text));
    if (time || earlierSign) {
      const current = maxLevel(own().map((f) => f.level));
      const level: RiskLevel = compareRisk(current, 'high') >= 0 ? 'imminent' : 'high';
      const at = time ?? undefined;
      const strongest = own().sort((a, b) => compareRisk(b.level, a.level))[0]!;
      addFinding(findings, {
        rule: { ...TIMEFRAME_RULE, category: strongest.rule.category },
        start: at ? at.index : strongest.start,
        end: at ? at.index + at[0].length : strongest.end,
        level,
      });
    }
  }
  // Intent to harm someone, with a time or a weapon at hand.
  const harm = findings.filter(
    (f) => f.rule.category === 'harm_to_others' && compareRisk(f.level, 'high') >= 0,
  );
  const harmSign = timeframe ?? firstUnnegated(WEAPON_AT_HAND, message);
  if (harm.length > 0 && harmSign)
    addFinding(findings, {
      rule: { ...TIMEFRAME_RULE, id: 'modifier.harm-now', category: 'harm_to_others' },
      start: harmSign.index,
      end: harmSign.index + harmSign[0].length,
      level: 'imminent',
    });
  // Abuse that is happening now.
  const abuse = findings.filter(
    (f) => f.rule.category === 'abuse' && compareRisk(f.level, 'high') >= 0,
  );
  // A threat of harm to come, with a time: "he said when he's back from the pub tonight he's
  // going to sort me out".
  if (abuse.length > 0 && timeframe && firstUnnegated(THREAT_AHEAD, message))
    addFinding(findings, {
      rule: {
        id: 'modifier.abuse-timed',
        category: 'abuse',
        level: 'imminent',
        pattern: THREAT_AHEAD,
      },
      start: timeframe.index,
      end: timeframe.index + timeframe[0].length,
      level: 'imminent',
    });
  const urgent = firstUnnegated(URGENT, message);
  if (abuse.length > 0 && urgent)
    addFinding(findings, {
      rule: { id: 'modifier.abuse-now', category: 'abuse', level: 'imminent', pattern: URGENT },
      start: urgent.index,
      end: urgent.index + urgent[0].length,
      level: 'imminent',
    });
}

/**
 * Someone else's suicidal intent with a time ("my sister is going to end it all tonight") is
 * imminent for them as it would be for the speaker (a time raises intent one step), so the agent
 * asks the person to call for them now rather than to watch over them.
 */
function raiseOthersByTime(others: Finding[], message: Scanned): void {
  const intent = others.filter((item) => item.rule.category === 'suicide' && item.level === 'high');
  // Most messages report no one else: the time is looked for only when there is intent to raise.
  if (intent.length === 0 || !firstUnnegated(TIMEFRAME_RULE.pattern, message)) return;
  for (const item of intent) item.level = 'imminent';
}

function maxLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>(
    (worst, level) => (compareRisk(level, worst) > 0 ? level : worst),
    'none',
  );
}

function matchesOf(rule: RiskRule, text: string): RegExpExecArray[] {
  return execAll(globalOf(rule.pattern), text);
}

function firstUnnegated(
  pattern: RegExp,
  { text, hits }: Scanned,
  ownWords = false,
): RegExpExecArray | undefined {
  if (!hits.mayMatch(pattern)) return undefined;
  for (const match of execAll(globalOf(pattern), text)) {
    if (isNegated(clauseBefore(text, match.index))) continue;
    if (ownWords && quotedFromOther(text, match.index)) continue;
    // "my sister is going to end it all": someone else's words, unless the speaker is in them.
    if (
      ownWords &&
      !FIRST_PERSON.test(match[0]) &&
      subjectIsSomeoneElse(clauseBefore(text, match.index))
    )
      continue;
    return match;
  }
  return undefined;
}

function allUnnegated(pattern: RegExp, { text, hits }: Scanned): RegExpExecArray[] {
  if (!hits.mayMatch(pattern)) return [];
  return execAll(globalOf(pattern), text).filter(
    (match) => !isNegated(clauseBefore(text, match.index)),
  );
}

/** `pattern.test(text)`, without running a pattern the prefilter ruled out. */
function test(pattern: RegExp, { text, hits }: Scanned): boolean {
  // A global or sticky pattern's test moves its lastIndex, which skipping would not.
  if (!pattern.global && !pattern.sticky && !hits.mayMatch(pattern)) return false;
  return pattern.test(text);
}

/** Categories whose risk belongs to whoever wrote the words: in a quote, someone else's. */
const QUOTED_RISK: ReadonlySet<RiskCategory> = new Set([
  'suicide',
  'self_harm',
  'medical_emergency',
]);

/** A letter or digit: what a single quotation mark opens before and closes after. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** "You" as the one a threat names: "I'll kill you", "ur dead", "hurt ya". */
const AT_YOU = /\b(?:you|ya|u|ur|you'?re|youre)\b/u;

/**
 * The level of a threat quoted at the speaker: a threat to kill is imminent, as
 * `abuse.threat-to-kill` reads it told in reported speech (Campbell et al. 2003: threats to kill
 * predict femicide); any other threat is high; a past and resolved one stays low.
 */
function quotedThreatLevel(level: RiskLevel, threat: string): RiskLevel {
  if (level === 'low') return 'low';
  if (/\b(?:kill\w*|murder\w*|dead|end you)\b/u.test(threat)) return 'imminent';
  return compareRisk(level, 'high') > 0 ? level : 'high';
}

/**
 * Whether `index` lies inside a quotation on one line that the words before it give to someone
 * other than the speaker ("my son wrote in his book \"I want to die\""). Straight and curly
 * double marks count, and single marks when they open before a word and close after one, so an
 * apostrophe ("I'll", "the boys' room") never opens a quote and at most closes one.
 */
function quotedFromOther(text: string, index: number): boolean {
  // The line's start matters only inside the window: searching further back for it made each call
  // cost the whole text before it (a 1 MB message has tens of thousands of findings).
  const base = Math.max(0, index - FRAME_WINDOW - 1);
  const newline = text.slice(base, index).lastIndexOf('\n');
  const lineStart = newline !== -1 ? base + newline + 1 : base === 0 ? 0 : -1;
  const from = Math.max(lineStart, index - FRAME_WINDOW);
  const before = text.slice(from, index);
  let open = -1;
  let straight = 0;
  let single = -1;
  for (let i = 0; i < before.length; i += 1) {
    const ch = before[i]!;
    if (ch === '"') {
      straight += 1;
      open = straight % 2 === 1 ? i : -1;
    } else if (ch === '\u201c' || ch === '\u00ab') open = i;
    else if (ch === '\u201d' || ch === '\u00bb') open = -1;
    else if (ch === "'" || ch === '\u2018' || ch === '\u2019') {
      const previous = i === 0 ? (from === lineStart ? ' ' : text[from - 1]!) : before[i - 1]!;
      const following = text[from + i + 1] ?? ' ';
      if (single === -1 && !WORD_CHAR.test(previous) && WORD_CHAR.test(following)) single = i;
      else if (single !== -1 && WORD_CHAR.test(previous) && !WORD_CHAR.test(following)) single = -1;
    }
  }
  if (open === -1) open = single;
  if (open === -1) return false;
  const attribution = QUOTED_FROM.exec(before.slice(Math.max(0, open - 120), open));
  if (!attribution) return false;
  const who = attribution.groups?.who;
  // The words before the verb name the speaker: "when I texted mum", "we wrote".
  return who === undefined || !/\b(?:i|we|i'?ve|i'?d|i'?m|ive|id|im)\b/u.test(who);
}

/**
 * The text with every quotation given to someone else blanked out, or the text itself when there
 * is none. Quotes are read up to 2,000 characters (300 between single marks), so a message full
 * of opening marks costs linear time.
 */
function withoutQuotesFromOthers(text: string): string {
  if (!/["\u201c\u00ab'\u2018\u2019]/u.test(text)) return text;
  let result = text;
  const QUOTE =
    /["\u201c\u00ab](?<double>[^"\u201c\u201d\u00ab\u00bb\n]{0,2000})["\u201d\u00bb]?|(?<![\p{L}\p{N}])['\u2018\u2019](?=[\p{L}\p{N}])(?<single>.{0,300}?[\p{L}\p{N}.!?,])['\u2019](?![\p{L}\p{N}])/gu;
  for (const match of execAll(QUOTE, text)) {
    const inner = match.groups?.double ?? match.groups?.single ?? '';
    const start = match.index + 1;
    if (inner.trim() === '' || !quotedFromOther(text, start)) continue;
    result = result.slice(0, start) + ' '.repeat(inner.length) + result.slice(start + inner.length);
  }
  return result;
}

/** "Killing myself has never crossed my mind": a negation right after the statement. */
function negatedAfter(text: string, end: number): boolean {
  return NEGATION_AFTER.test(text.slice(end, end + 60));
}

/**
 * "The midwife asked if I've had thoughts of ending my life. Honestly no": a statement inside a
 * question someone asked the speaker, answered no, and nothing after the answer undoes it.
 */
function deniedWhenAsked(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - FRAME_WINDOW), match.index);
  if (!ASKED_IF.test(before)) return false;
  const end = match.index + match[0].length;
  const after = text.slice(end, end + 200);
  const answer = ANSWERED_NO.exec(after);
  if (!answer) return false;
  // The rest of the answer's sentence and the next one: "no. That was a lie" undoes it.
  const rest = after
    .slice(answer[0].length)
    .split(/[.!?\n]/u)
    .slice(0, 2)
    .join(' ');
  return !ANSWER_UNDONE.test(rest);
}

/**
 * Past and resolved ("I used to … but I've been fine for years") is low, unless it came back
 * ("… started again"). A medical event counts as past only with a time well in the past.
 */
function isPastAndResolved(category: RiskCategory, sentence: string, message: string): boolean {
  if (RECURRENCE.test(sentence)) return false;
  // "In 2016 I tried to end my life … the last few weeks the old thoughts are back": the past has
  // come back, whatever sentence says so.
  const whole = messageFrames(message);
  if (whole.cameBack) return false;
  if (category === 'medical_emergency')
    return (
      PAST_TIME.test(sentence) ||
      // "the same headache as the boiler thing in 2014" is happening now.
      (LONG_PAST.test(sentence) && !HAPPENING_NOW.test(sentence) && !RECENT_PAST.test(sentence)) ||
      (whole.resolved && (whole.pastTime || AT_AGE.test(sentence)))
    );
  const streak = AGE_OR_STREAK.test(sentence) || LONG_PAST.test(sentence);
  // Last night, two weeks ago: recent behaviour is risk however calmly it is told ("today"
  // beside "three years clean" is the anniversary, not the act).
  const recent = execAll(RECENT_PAST_ALL, sentence).some(
    (match) => !streak || !ANNIVERSARY.test(match[0]),
  );
  if (recent) return false;
  if (streak) return true;
  return PAST_RESOLVED.test(sentence) || (whole.resolved && PAST_TENSE.test(sentence));
}

/**
 * The urge to do again what the message places in the past: "used to hurt myself, haven't for
 * years. Today I thought about doing it again". "It" refers to the past act, so no rule reads the
 * sentence alone; beside that act it is a current urge (moderate), a lapse's first warning sign.
 * @see Stanley B, Brown GK. Cogn Behav Pract 2012;19(2):256–64 (warning signs: urges returning).
 */
const URGE_AGAIN =
  /\b(?:(?:thought|thinking|think|keep thinking) (?:about|of) (?:doing )?(?:it|that)|(?:want|wanted|wanting|wanna|need|needed|tempted|close|itching|the urge|urges?) (?:to )?(?:do )?(?:it|that)|(?:nearly|almost) (?:did|done|doing) (?:it|that))(?: (?:all|so|really))? again\b/u;
/** A past act of another kind before the urge in its sentence, which "it" would refer to. */
const OTHER_ACT =
  /\b(?:ran|run|did|went|made|took|got|saw|ate|won|finished|climbed|swam|rode|wrote|sang|played|booked|visited|watched|read|baked|built|drove|flew|[a-z]{3,}ed)\b/u;
function addUrgeAgain(findings: Finding[], message: Scanned): void {
  const past = findings.find(
    (f) => f.level === 'low' && (f.rule.category === 'self_harm' || f.rule.category === 'suicide'),
  );
  if (!past) return;
  const urge = firstUnnegated(URGE_AGAIN, message);
  if (!urge || urge.index < past.end) return;
  // "Ran the half marathon today and I'm thinking about doing it again": "it" is the nearer act.
  if (OTHER_ACT.test(message.text.slice(sentenceStart(message.text, urge.index), urge.index)))
    return;
  addDerived(
    findings,
    `${past.rule.category}.urge-again`,
    past.rule.category,
    'moderate',
    urge.index,
    urge.index + urge[0].length,
  );
}

/** The past said to have returned, anywhere in a message: stricter than `RECURRENCE` ("I'm happy again" is not this). */
const COME_BACK =
  /\b(?:(?:thoughts|urges|feelings|voices?|it|they|rage|anger)(?:'re| are| is|'s) back|came back|coming back|relaps\w*|started (?:[a-z-]+ )?again|(?:the|these) (?:last|past) (?:few )?(?:days|weeks)|lately|recently)\b/u;
/** A medical event told in the present: "I've got the same headache", "the alarm is going off". */
const HAPPENING_NOW =
  /\b(?:i'?ve got|i have got|going off|right now|at the moment|currently|(?:i'?m|im|i am) (?:having|getting|feeling|so|really|very|dizzy|sick|shaking|struggling|bleeding))\b/u;

// The message-wide resolution, tested once per message rather than once per finding.
let lastResolved: { message: string; value: boolean } = { message: '', value: false };
function resolvedMessage(message: string): boolean {
  if (lastResolved.message !== message) lastResolved = { message, value: RESOLVED.test(message) };
  return lastResolved.value;
}

/** What the whole message says of its past, read once per message (a 1 MB message has thousands of findings). */
let lastFrames: { message: string; cameBack: boolean; resolved: boolean; pastTime: boolean } = {
  message: '',
  cameBack: false,
  resolved: false,
  pastTime: false,
};
function messageFrames(message: string): typeof lastFrames {
  if (lastFrames.message !== message) {
    const longPast = LONG_PAST.test(message);
    lastFrames = {
      message,
      cameBack: longPast && COME_BACK.test(message),
      resolved: resolvedMessage(message),
      pastTime: longPast || PAST_TIME.test(message) || AGE_OR_STREAK.test(message),
    };
  }
  return lastFrames;
}

function finding(rule: RiskRule, match: RegExpExecArray, level: RiskLevel): Finding {
  return { rule, start: match.index, end: match.index + match[0].length, level };
}

const SPEAKER_SUBJECT = /\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me)\b/gu;
/** Every third-person subject (compiled once: `lastIndexOf` runs on each candidate finding). */
const THIRD_PERSON_SUBJECTS = new RegExp(THIRD_PERSON_SUBJECT.source, 'gu');

/** Whether the nearest subject before a statement is someone else ("my brother … and now I want to die" is the speaker). */
function subjectIsSomeoneElse(clause: string): boolean {
  const other = lastIndexOf(THIRD_PERSON_SUBJECTS, clause);
  if (other === -1) return false;
  // "my girlfriend says my smile is lopsided": what someone else noticed about the speaker.
  const reported = REPORTED_OF_SPEAKER.exec(clause);
  if (reported && !THIRD_PERSON_SUBJECT.test(reported[1]!)) return false;
  return lastIndexOf(SPEAKER_SUBJECT, clause) < other;
}

/** A thing as the subject just before a self-harm act ("and it hit my face", "the door caught my hand"); never a blade or a flame. */
const THING_AS_SUBJECT =
  /(?:^\s*|\b(?:and|but|then|so|when) )(?:it|(?:the|a) (?!(?:blade|razor|knife|lighter|glass|compass|scissors|needle|pin|cigarette|flame|iron|belt|rope|cord)\b)[a-z]+)(?: (?:just|then|accidentally|nearly|almost|really))? *$/u;

/** The speaker's intent stated now, in the present ("I'm going to", "I'll"), never a past "was going to". */
const INTENT_NOW =
  /\b(?:(?:i'?m|i am|im) (?:going to|gonna|gunna|about to)|i(?:'ll| will| shall))\b/u;

/** Someone else's words or notice about the speaker, just before a statement ("she says my …"). */
const REPORTED_OF_SPEAKER =
  /\b(?:says?|said|thinks?|thought|reckons?|noticed|notices|told me|tells me|keeps? saying|pointed out|mentioned|can see|spotted)(?: that)? ((?:my|i'?m|i am|i)\b[^,;]{0,20})$/u;

/** Whether the speaker is the nearest subject before a statement ("I wrote a goodbye note"). */
function speakerIsSubject(clause: string): boolean {
  const speaker = lastIndexOf(SPEAKER_SUBJECT, clause);
  return speaker !== -1 && speaker > lastIndexOf(THIRD_PERSON_SUBJECTS, clause);
}

function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of execAll(pattern, text)) last = match.index;
  return last;
}

/** How far frames look around a statement: a clause or a sentence, never the whole message (keeps the scan linear). */
const FRAME_WINDOW = 400;

/** The text of the current clause up to `index`. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - FRAME_WINDOW), index);
  let start = 0;
  for (const boundary of execAll(CLAUSE_BOUNDARY, before))
    start = boundary.index + boundary[0].length;
  return before.slice(start);
}

/** "I don't have any thoughts of …", "I've never had urges to …": the act after it is denied. */
const NEGATED_THOUGHT =
  /\b(?:don'?t|do not|never|haven'?t|have not|didn'?t|did not|no longer) (?:have |get |had |got |feel |have had )?(?:any |the )?(?:thoughts?|urges?|plans?|intentions?|desire|wish|feelings?) (?:of|about|to|for) *$/u;

/** The sentence that contains `index` (at most a window either side). */
/** Where the sentence that contains `index` starts (looked for at most a window back). */
function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - FRAME_WINDOW);
  const before = text.slice(from, index);
  return (
    from +
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
    ) +
    1
  );
}

function sentenceAround(text: string, index: number): string {
  const start = sentenceStart(text, index);
  const after = text.slice(index, index + FRAME_WINDOW);
  const rest = after.search(/[.!?\n]/u);
  return text.slice(start, rest === -1 ? index + after.length : index + rest);
}

/** Negated when a negation cue stands among the last four words before the statement, and nothing undoes it. */
function isNegated(clause: string): boolean {
  const lastWords = clause.trim().split(/\s+/u).slice(-4).join(' ');
  return (
    (NEGATION_CUE.test(lastWords) ||
      NEGATED_THOUGHT.test(clause) ||
      NEGATED_BEFORE_OR.test(clause)) &&
    !NEGATION_UNDONE.test(clause)
  );
}

/**
 * A denial that carries over "or" to the act after it: "I'm not going to run off or hurt myself",
 * "I'd never leave them or kill myself". Only a denied intention ("not going to", "won't", "would
 * never"), not "I don't know whether to call someone or …", which weighs the act.
 */
const NEGATED_BEFORE_OR =
  /\b(?:(?:i'?m|im|i am) (?:not|never) (?:going to|gonna)|i (?:won'?t|wont|will not|will never|would never|'?d never|wouldn'?t|would not)) (?:[a-z']+ ){1,4}or $/u;

/**
 * Caring for oneself, said with "myself": the object of looking after, finding, forgiving,
 * trusting, challenging… oneself. Not when the phrase goes on to a place or an end ("push myself
 * off", "put myself to sleep for good" still reach the model whole: only the phrase is removed).
 */
const SELF_CARE =
  /\b(?:look(?:ing)? after|tak(?:e|ing) (?:better |good |proper )?care of|be(?:ing)? (?:kinder|gentler|nicer|easier|more patient|patient|honest) (?:to|with|on)|believ(?:e|ing) in|forgiv(?:e|ing)|accept(?:ing)?|find(?:ing)?|feel(?:ing)? (?:like|more like)|be(?:ing)?|treat(?:ing)?|trust(?:ing)?|express(?:ing)?|challeng(?:e|ing)|push(?:ing)?|put(?:ting)?|rediscover(?:ing)?|stand(?:ing)? up for|lov(?:e|ing)|proud of|invest(?:ing)? in|look(?:ing)? out for|pac(?:e|ing)|spoil(?:ing)?|get(?:ting)? back to|stop(?:ping)? comparing|(?:stop|quit)(?:ping)? being (?:so )?hard on) myself\b(?! (?:off|out of|under|in front|to death|to sleep|away|into))/u;

/** Thinking told as rumination, the object left to decide ("i keep thinking about …"). */
const RUMINATION =
  /\b(?:i )?(?:keep|kept|can'?t stop|cannot stop|couldn'?t stop|been|have been|'ve been|am|'m|always end up) (?:thinking|obsessing|going over|dwelling on|fixating on|mulling over)(?: (?:about|of|on|over))?\b/u;

/** Words of an ending or a leaving: with them, a self-care phrase may be a goodbye, and is kept. */
const FINALITY =
  /\b(?:before i (?:go|leave|die|am gone|'?m gone)|when i'?m gone|goodbye|good bye|bye|one last|last time|last thing|forever|for good|any ?more|no more|the end|end it|ending it|at peace|let go)\b/u;

/**
 * A short answer the rules could not place is also read by the model after the agent's question,
 * put in the person's words ("have i thought about how. jumping, the car park at work"), when it
 * carries some risk itself and does not say no.
 */
function addModelAnswerFinding(
  findings: Finding[],
  model: RiskModel,
  t: string,
  context: RiskContext | undefined,
): void {
  if (findings.some((f) => compareRisk(f.level, 'moderate') >= 0)) return;
  const previousAgent = context?.previousAgentText;
  const question = previousAgent ? lastQuestion(previousAgent.slice(-2000)) : undefined;
  if (!question || t.split(/\s+/u).length > SHORT_ANSWER_WORDS || answerOf(t) === 'no') return;
  // A time given to "when could you do it?" is read alone (SCHEDULING_QUESTION).
  if (SCHEDULING_QUESTION.test(question.toLowerCase())) return;
  // "not for months", "never": an answer that opens with a denial carries none of the question.
  if (DENIAL_FIRST.test(t)) return;
  // The same guards as the model's own finding: caring for oneself, and risk read as resolved.
  if (SELF_CARE.test(t) && !FINALITY.test(t)) return;
  const alone = model.score(t, t);
  if (alone.alarm >= model.threshold || alone.alarm < ANSWER_FLOOR) return;
  const joined = `${normalizeForSafety(asFirstPerson(question)).text} ${t}`;
  const { top, alarm } = model.score(joined, joined);
  if (alarm < model.threshold || findings.some((f) => f.rule.category === top.category)) return;
  addModelAlarm(findings, model, top.category, alarm, t.length);
}

/**
 * What no figure of speech explains away: a blow already struck at the speaker ("after he hit
 * me he took my phone"), or fear of going home, a danger sign in every domestic-abuse risk tool
 * (SafeLives DASH 2009; Campbell et al. 2003).
 */
const HARMED_OR_AFRAID =
  /\b(?:(?:he|she|they|my [a-z]+)(?:'s| has| had| just)? (?:hit|hits|punched|punches|kicked|kicks|slapped|slaps|choked|chokes|strangled|strangles|beat|beats|battered|batters|shoved|shoves|burned|burnt|bit|bites) me(?! (?:at|in|to|on points)\b)|(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home)\b/u;

/** The speaker joining someone else's statement: "so do I", "me too", "I do too", "same here". */
const JOINS_IN =
  /\b(?:so (?:do|am|have|did|would) i|me too|me as well|(?:i|and i) (?:do|am|have|did|feel|want to|would) (?:too|as well|the same)|same (?:here|for me|with me)|(?:i'?m|i am) the same|i feel the same(?: way)?|neither (?:do|can|could|would) i)\b/u;

/**
 * Risk told of someone else that the speaker then claims too ("my friend wants to die and
 * honestly so do I"): each such finding after which the speaker joins in is the speaker's own.
 */
function addJoinedFindings(findings: Finding[], others: readonly Finding[], t: string): void {
  for (const other of others) {
    const after = t.slice(other.end, other.end + 50);
    const join = JOINS_IN.exec(after);
    if (!join || isNegated(t.slice(other.end, other.end + join.index + join[0].length))) continue;
    addFinding(findings, { ...other, end: other.end + join.index + join[0].length });
  }
}

/** An answer that opens with a denial ("not for months", "never", "nope, just tired"). */
const DENIAL_FIRST = /^\W*(?:no|not|never|nope|nah|none|nothing)\b/u;

/**
 * The model's alarm probability a message needs on its own to be read with the turns before it
 * (0.15 let "I want to sleep better", 0.18 with model@7, join rumination and loneliness two turns back)…
 */
const ACROSS_TURNS_FLOOR = 0.25;
/** …and that one of those turns needs on its own. */
const EARLIER_TURN_FLOOR = 0.15;
/**
 * The same for a short answer, to be read after the agent's question: lower, because its risk is
 * mostly in the question it answers ("last night" to "when did you last hurt yourself?").
 */
const ANSWER_FLOOR = 0.1;
/**
 * How far above the message and the turns before it, each alone, their reading together must be:
 * 0.2 keeps escalation ("they fired me in front of everyone", "the whole office laughed at me",
 * "i know where they all park": 0.40, 0.22 and 0.49 alone, 0.95 together, with model@7) and leaves a turn
 * already close to an alarm from colouring the next ("and i never see anyone", then "i want to
 * sleep better").
 */
const ACROSS_TURNS_GAIN = 0.2;

/**
 * How far below the model's alarm threshold a message without an alarm is asked about directly
 * (`RiskAssessment.unsure`). 0.1: with model@15's threshold of 0.55, a floor of 0.45, chosen on the
 * fold of the training pool held back from models trained on the rest (docs/safety.md, session
 * 17). With the rules and that threshold the alarms found 93.7% of the risk there; alarms, or a
 * question about the right category, 94.7%, with questions on 1.0% of the look-alikes (86 of
 * 8,286) and 0.7% of the turns of everyday conversation (AnnoMI, 10 of 1,404). 0.4 found 95.1%
 * but asked 1.7% and 0.9%; 0.3, 96.0% with 3.4% and 1.8%, and it asked about the agent's own
 * everyday test messages ("I go over meetings again and again at night" read 0.41 as abuse). Kept
 * as a distance below the threshold since session 19, when a candidate model with a threshold of
 * 0.45 lost the band altogether against a fixed floor of 0.45. Not chosen on a held-out collection.
 */
const ASK_BELOW = 0.1;
/** The floor of the band that is asked about, in hundredths (0.55 − 0.1 is 0.45, not 0.45000000000000007). */
function askFloor(threshold: number): number {
  return Math.round((threshold - ASK_BELOW) * 100) / 100;
}

/**
 * A reading worth asking about: no alarm (the caller checks), nothing about someone else, and the
 * model's alarm probability from `floor` (`ASK_BELOW` under its threshold). Emoji alone are left to the emoji rules, and an
 * answer to the agent's question about when a step will happen is a time, not a sign.
 */
function unsureReading(
  scoreAlone: () => ModelScore,
  scanned: string,
  context: RiskContext | undefined,
  floor: number,
): RiskUnsure | undefined {
  if (!/[\p{L}\p{N}]/u.test(scanned)) return undefined;
  const question = context?.previousAgentText?.toLowerCase();
  if (question && SCHEDULING_QUESTION.test(question)) return undefined;
  const { alarm, top } = scoreAlone();
  return alarm >= floor ? { category: top.category, probability: alarm } : undefined;
}

/**
 * The learned scorer's finding, when the rules raised no alarm and the model is confident: it
 * can add a finding, never remove one. Its evidence is the whole message, under the model's name.
 */
function addModelFinding(
  findings: Finding[],
  others: Finding[],
  model: RiskModel,
  scoreAlone: () => ModelScore,
  t: string,
  earlier: readonly Scanned[] = [],
): void {
  if (findings.some((f) => compareRisk(f.level, 'moderate') >= 0)) return;
  let { top, alarm } = scoreAlone();
  // A message that names a danger concept needs less from the model (the rules' cue words).
  const threshold =
    alarm >= model.dangerThreshold && alarm < model.threshold && DANGER_CONCEPT.test(t)
      ? model.dangerThreshold
      : model.threshold;

  // Risk that shows only across turns ("i know where they all park" after "everyone there
  // laughed at me"): the message is also read with the person's two messages before it, when it
  // and one of them carry some of the risk themselves, and the reading together is an alarm
  // well above each turn alone (escalation: the turns add up to more than any of them; an earlier
  // turn that was itself close to an alarm is not carried into every later one). A turn that
  // only repeats this one adds nothing to it.
  const recent = earlier.filter((item) => item.text !== t).slice(-2);
  // The text whose reading raised the alarm: the guards below explain away words in it.
  let read = t;
  if (alarm < threshold && alarm >= ACROSS_TURNS_FLOOR && recent.length > 0) {
    const before = Math.max(...recent.map((item) => model.score(item.text, item.text).alarm));
    if (before >= EARLIER_TURN_FLOOR) {
      const joined = [...recent.map((item) => item.text), t].join('. ');
      const together = model.score(joined, joined);
      if (
        together.alarm >= threshold &&
        together.alarm - Math.max(before, alarm) >= ACROSS_TURNS_GAIN
      ) {
        ({ top, alarm } = together);
        read = joined;
      }
    }
  }
  if (alarm < threshold) return;
  // "Look after myself", "find myself again", "be myself": words the model learned from
  // suicidal statements. The phrase is explained away and the rest of the message decides.
  if (SELF_CARE.test(read) && !FINALITY.test(read)) {
    const rest = read.replace(globalOf(SELF_CARE), ' ');
    ({ top, alarm } = model.score(rest, rest));
    if (alarm < threshold) return;
  }
  // "I keep thinking about calling my old flatmate": rumination is how suicidal thoughts are
  // told, and the model learned its words; what the person keeps thinking about decides.
  // A confident reading is not explained away: "I keep thinking about shoving my brother off
  // the ladder" is rumination about an act.
  // Read turns together are explained the same way ("I keep thinking about calling my old
  // manager", "and I never see anyone these days", "I want to sleep better").
  if (alarm < RUMINATION_CONFIDENT && RUMINATION.test(read) && !FINALITY.test(read)) {
    const rest = read.replace(globalOf(RUMINATION), ' ');
    const again = model.score(rest, rest);
    if (again.alarm < threshold) return;
  }
  // "Dad's voicemail: 'I've put the gun in the car'": a reading of suicide, self-harm or an
  // overdose that rests on words quoted from someone else is theirs, as the rules read it:
  // concern for that person.
  if (QUOTED_RISK.has(top.category)) {
    const rest = withoutQuotesFromOthers(read);
    if (rest !== read && model.score(rest, rest).alarm < threshold) {
      if (others.length === 0)
        addDerived(others, `${model.name}.about-others`, top.category, 'moderate', 0, t.length);
      return;
    }
  }
  // The rules' frames know more than the model here: risk they placed in someone else, or read
  // as past and resolved (a low finding of the same category), is not the speaker's alarm.
  // A confident reading of another category stands beside them: "he says he'll kill all of us"
  // placed in him by the rules is still the speaker's danger at home.
  const confident = alarm >= CONFIDENT;
  if (others.some((o) => !confident || o.rule.category === top.category)) return;
  // A message that also tells of something recent ("three weeks ago I used a razor") is not
  // settled by an older episode the rules read as resolved; nor is a confident reading.
  if (!confident && findings.some((f) => f.rule.category === top.category) && !tellsOfRecentPast(t))
    return;
  addModelAlarm(findings, model, top.category, alarm, t.length);
}

/**
 * How close the danger is, when the rules could not tell: an alarm of the message's own (not one
 * carried from earlier turns) below imminent is raised to imminent when the model's imminence
 * head reads the message as imminent (`imminenceThreshold`), so the protocol urges emergency
 * services. The head knows shapes of imminence the rules have no pattern for ("all my
 * antidepressants on the table. Waiting for the house to go quiet", which the rules read as high).
 * It never adds an alarm, and raises only; it reads the message alone, so a short answer to a
 * question is left to the rules.
 * @see 988 Suicide & Crisis Lifeline, Suicide Risk Assessment Standards (2022): imminent risk (intent with a plan, means or timeframe; an attempt in progress).
 */
function addModelImminence(
  findings: Finding[],
  model: RiskModel,
  scoreAlone: () => ModelScore,
  t: string,
): void {
  let strongest: Finding | undefined;
  for (const f of findings)
    if (
      !f.rule.id.startsWith('context.') &&
      (!strongest || compareRisk(f.level, strongest.level) > 0)
    )
      strongest = f;
  if (!strongest || compareRisk(strongest.level, 'moderate') < 0) return;
  if (findings.some((f) => f.level === 'imminent')) return;
  if (scoreAlone().imminent < model.imminenceThreshold) return;
  // Beside the findings it raises, not over them: their spans still show what was found.
  const category = strongest.rule.category;
  const id = `${model.name}.imminent`;
  findings.push({
    rule: { id, category, level: 'imminent', pattern: /$^/u },
    start: 0,
    end: t.length,
    level: 'imminent',
  });
}

/**
 * Concern for someone else that the rules did not place ("my dad gave his guitar away and said
 * goodbye oddly, should I worry?"): when the speaker raised no alarm of their own and the model
 * reads the message as worry about another person's safety, it is reported under `aboutOthers`
 * with the risk category the model finds likeliest, so the agent answers with support for the
 * person they are worried about.
 */
function addModelOthersFinding(
  findings: readonly Finding[],
  others: Finding[],
  modelName: string,
  scoreAlone: () => ModelScore,
  t: string,
): void {
  if (others.length > 0 || findings.some((f) => compareRisk(f.level, 'moderate') >= 0)) return;
  const { top, others: p } = scoreAlone();
  if (p < OTHERS_THRESHOLD) return;
  addDerived(others, `${modelName}.about-others`, top.category, 'moderate', 0, t.length);
}
/** The model's probability of concern for someone else above which it is reported. */
const OTHERS_THRESHOLD = 0.5;

/**
 * Harm to someone else told in the words of the speaker's own risk ("gonna unalive my ex's new
 * gf", "driving there now with dad's knife. I'm going to end it"): when the rules read suicide
 * or self-harm and the model reads the message confidently as harm to others, harm to others
 * is added at the same level. The speaker's own reading stays beside it, and the protocol leads
 * with harm to others (`primaryCategory`), so the agent asks about the person at risk.
 * The threshold was chosen on a fold of the training pool the model had not been trained on
 * (docs/safety.md, session 15): 12 of its harm-to-others messages read as the speaker's own risk
 * gained the category at 0.7 or 0.8, and one suicidal message gained it too.
 */
function addModelHarmReading(
  findings: Finding[],
  modelName: string,
  scoreAlone: () => ModelScore,
  t: string,
): void {
  let own: Finding | undefined;
  for (const f of findings) {
    if (f.rule.category === 'harm_to_others') return;
    if (
      (f.rule.category === 'suicide' || f.rule.category === 'self_harm') &&
      compareRisk(f.level, 'moderate') >= 0 &&
      (!own || compareRisk(f.level, own.level) > 0)
    )
      own = f;
  }
  if (!own) return;
  const { probabilities: p } = scoreAlone();
  if (p.harm_to_others < HARM_READING || p.harm_to_others <= p.suicide + p.self_harm) return;
  addDerived(findings, `${modelName}.harm-reading`, 'harm_to_others', own.level, 0, t.length);
}
/** The model's probability of harm to others above which it names the category of own-risk words. */
const HARM_READING = 0.8;

/** The model's finding over the whole message: moderate, high when it is confident. */
function addModelAlarm(
  findings: Finding[],
  model: RiskModel,
  category: RiskCategory,
  alarm: number,
  length: number,
): void {
  const level: RiskLevel = alarm >= CONFIDENT ? 'high' : 'moderate';
  addDerived(findings, `${model.name}.${category}`, category, level, 0, length);
}

/**
 * A finding that no single pattern made (a cue, a context reading, the model, the emoji reader):
 * its rule carries the id, category and level, and a pattern that matches nothing.
 */
function addDerived(
  findings: Finding[],
  id: string,
  category: RiskCategory,
  level: RiskLevel,
  start: number,
  end: number,
): void {
  addFinding(findings, { rule: { id, category, level, pattern: /$^/u }, start, end, level });
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

const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The global form of a pattern, compiled once: `execAll` needs the g flag. */
function globalOf(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = pattern.flags.includes('g')
      ? pattern
      : new RegExp(pattern.source, `${pattern.flags}g`);
    globalPatterns.set(pattern, global);
  }
  return global;
}
