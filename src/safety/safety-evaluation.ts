import { compareRisk, type RiskCategory, type RiskLevel } from '../core/index.ts';
import type { RiskAssessment, RiskContext, RiskDetector } from './risk-detector.ts';

/** One labelled message of the safety evaluation collection (`test/safety/*.jsonl`). */
export interface SafetyCase {
  id: string;
  text: string;
  category: RiskCategory | null;
  level: RiskLevel;
  kind: string;
  context: { speaker: 'agent' | 'client'; text: string }[];
  about_others: boolean;
  unassessable: boolean;
}

/** Kinds that must not raise the alarm (the confounders). */
export const CONFOUNDER_KINDS: ReadonlySet<string> = new Set([
  'figurative',
  'negation',
  'fiction_news',
  'past_resolved',
  'third_person',
  'everyday',
  'emoji_only',
]);

/** A rate with its counts. */
export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

/** A case the detector got wrong, for the report. */
export interface SafetyMiss {
  id: string;
  kind: string;
  expected: string;
  got: string;
  text: string;
}

/** Everything `npm run eval:safety` reports for one collection. */
export interface SafetyReport {
  cases: number;
  /** Alarm (moderate or higher) raised on messages labelled moderate or higher. */
  alarmRecall: Rate;
  /** Alarm raised with the labelled category among the categories found, per category. */
  categoryRecall: Record<string, Rate>;
  explicitRecall: Rate;
  imminentRecall: Rate;
  /** Alarm raised on confounders, per kind and overall. */
  falseAlarms: Record<string, Rate>;
  falseAlarmOverall: Rate;
  /**
   * Messages labelled moderate or higher that raised an alarm or, without one, were read as
   * unsure of their own category (`RiskAssessment.unsure`): the agent asks about it directly. A
   * question about another category does not count (a no to it ends the check).
   */
  alarmOrAsked: Rate;
  /** Confounders with no alarm that were read as unsure: the agent would ask them directly. */
  askedOnConfounders: Rate;
  aboutOthersFound: Rate;
  unassessableFlagged: Rate;
  misses: SafetyMiss[];
}

const alarm = (level: RiskLevel) => compareRisk(level, 'moderate') >= 0;

/** The detector's context for a case: the agent's last turn and the person's earlier turns. */
export function contextOf(item: SafetyCase): RiskContext {
  const agent = item.context.filter((turn) => turn.speaker === 'agent').at(-1)?.text;
  const client = item.context.filter((turn) => turn.speaker === 'client').map((turn) => turn.text);
  return { ...(agent ? { previousAgentText: agent } : {}), recentClientTexts: client };
}

/**
 * Runs a detector over a labelled collection and computes recall, false alarms and misses.
 * @example evaluateSafety(ruleRiskDetector(), cases).alarmRecall.rate
 */
export function evaluateSafety(detector: RiskDetector, cases: readonly SafetyCase[]): SafetyReport {
  const rate = (): Rate => ({ hits: 0, total: 0, rate: 0 });
  const count = (r: Rate, hit: boolean) => {
    r.total += 1;
    if (hit) r.hits += 1;
  };
  const report: SafetyReport = {
    cases: cases.length,
    alarmRecall: rate(),
    categoryRecall: {},
    explicitRecall: rate(),
    imminentRecall: rate(),
    falseAlarms: {},
    falseAlarmOverall: rate(),
    alarmOrAsked: rate(),
    askedOnConfounders: rate(),
    aboutOthersFound: rate(),
    unassessableFlagged: rate(),
    misses: [],
  };
  const miss = (item: SafetyCase, expected: string, result: RiskAssessment) =>
    report.misses.push({
      id: item.id,
      kind: item.kind,
      expected,
      got: `${result.level}${result.categories.length ? ` ${result.categories.join('+')}` : ''}${result.aboutOthers.length ? ' (about others)' : ''}${result.assessable ? '' : ' (unassessable)'}${result.unsure ? ` (asked: ${result.unsure.category})` : ''}`,
      text: item.text.length > 140 ? `${item.text.slice(0, 137)}…` : item.text,
    });

  for (const item of cases) {
    const result = detector.assess(item.text, contextOf(item));
    if (item.unassessable) {
      count(report.unassessableFlagged, !result.assessable);
      if (result.assessable) miss(item, 'unassessable', result);
      continue;
    }
    if (item.about_others) {
      count(report.aboutOthersFound, result.aboutOthers.length > 0);
      if (result.aboutOthers.length === 0) miss(item, 'about others', result);
    }
    const positive = item.category !== null && alarm(item.level);
    if (positive) {
      const raised = alarm(result.level);
      const rightCategory = raised && result.categories.includes(item.category!);
      count(report.alarmRecall, raised);
      count(report.alarmOrAsked, raised || result.unsure?.category === item.category);
      count((report.categoryRecall[item.category!] ??= rate()), rightCategory);
      if (item.kind === 'explicit') count(report.explicitRecall, raised);
      if (item.level === 'imminent') count(report.imminentRecall, result.level === 'imminent');
      if (!raised || !rightCategory) miss(item, `${item.level} ${item.category}`, result);
      else if (item.level === 'imminent' && result.level !== 'imminent')
        miss(item, `imminent ${item.category}`, result);
    } else if (CONFOUNDER_KINDS.has(item.kind) || !alarm(item.level)) {
      const falseAlarm = alarm(result.level);
      const kind = CONFOUNDER_KINDS.has(item.kind) ? item.kind : `${item.kind} (not risk)`;
      count((report.falseAlarms[kind] ??= rate()), falseAlarm);
      if (CONFOUNDER_KINDS.has(item.kind)) {
        count(report.falseAlarmOverall, falseAlarm);
        count(report.askedOnConfounders, !falseAlarm && result.unsure !== undefined);
      }
      if (falseAlarm)
        miss(item, `${item.level}${item.category ? ` ${item.category}` : ''} (no alarm)`, result);
    }
  }
  const finish = (r: Rate) => (r.rate = r.total === 0 ? 0 : r.hits / r.total);
  [
    report.alarmRecall,
    report.explicitRecall,
    report.imminentRecall,
    report.falseAlarmOverall,
    report.alarmOrAsked,
    report.askedOnConfounders,
    report.aboutOthersFound,
    report.unassessableFlagged,
  ].forEach(finish);
  Object.values(report.categoryRecall).forEach(finish);
  Object.values(report.falseAlarms).forEach(finish);
  return report;
}

/**
 * Several collections' rates as one (hits and totals summed).
 * @example totalRate(reports.map((report) => report.alarmRecall)).rate
 */
export function totalRate(rates: readonly Rate[]): Rate {
  const hits = rates.reduce((sum, r) => sum + r.hits, 0);
  const total = rates.reduce((sum, r) => sum + r.total, 0);
  return { hits, total, rate: total === 0 ? 0 : hits / total };
}

/**
 * Reads a JSON Lines collection, failing with the line number on a malformed line.
 * @example parseSafetyCases(readFileSync('test/safety/cases.jsonl', 'utf8'), 'cases.jsonl')
 */
export function parseSafetyCases(text: string, source: string): SafetyCase[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let value: SafetyCase;
      try {
        value = JSON.parse(line) as SafetyCase;
      } catch (error) {
        throw new Error(`${source} line ${number}: not valid JSON (${(error as Error).message})`);
      }
      if (
        typeof value.text !== 'string' ||
        typeof value.level !== 'string' ||
        typeof value.kind !== 'string'
      ) {
        throw new Error(`${source} line ${number}: needs text, level and kind`);
      }
      return {
        ...value,
        context: value.context ?? [],
        about_others: Boolean(value.about_others),
        unassessable: Boolean(value.unassessable),
      };
    });
}
