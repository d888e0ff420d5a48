import { AllianceError, jsonProblem, type MeasureReason } from '../core/index.ts';

/** When an instrument is offered in conversation. */
export interface ScheduleRule {
  instrument: string;
  /**
   * `intake`: in the first session, then again every `everyDays` days;
   * `session`: at session `firstSession` and every `everySessions` sessions after;
   * `session_end`: at the end of every session.
   */
  when: 'intake' | 'session' | 'session_end';
  everyDays?: number;
  firstSession?: number;
  everySessions?: number;
}

/**
 * The default schedule: PHQ-9 and GAD-7 at intake and every 14 days (the two-week recall period
 * of both instruments), the DTA check-in at the end of each session, and the WAI-SR at the third
 * session and every fourth after (when its wording is supplied).
 */
export const DEFAULT_SCHEDULE: readonly ScheduleRule[] = [
  { instrument: 'phq9', when: 'intake', everyDays: 14 },
  { instrument: 'gad7', when: 'intake', everyDays: 14 },
  { instrument: 'dta-checkin', when: 'session_end' },
  { instrument: 'wai-sr', when: 'session', firstSession: 3, everySessions: 4 },
];

/** What has happened with an instrument so far in a conversation. */
export interface MeasureRecord {
  instrument: string;
  at: string;
  sessionNumber: number;
  outcome: 'completed' | 'stopped' | 'declined' | 'offered';
}

/**
 * The instruments due now, in schedule order. Nothing is offered twice in a session; a "no" to
 * an intake instrument holds until its interval has passed.
 * @example dueMeasures(DEFAULT_SCHEDULE, { phase: 'in_session', sessionNumber: 1, now, history: [], administrable: () => true })
 */
export function dueMeasures(
  schedule: readonly ScheduleRule[],
  context: {
    phase: 'in_session' | 'session_end';
    sessionNumber: number;
    now: Date;
    history: readonly MeasureRecord[];
    administrable: (instrument: string) => boolean;
  },
): { instrument: string; reason: MeasureReason }[] {
  const due: { instrument: string; reason: MeasureReason }[] = [];
  for (const rule of schedule) {
    if (!context.administrable(rule.instrument)) continue;
    const records = context.history.filter((r) => r.instrument === rule.instrument);
    if (records.some((r) => r.sessionNumber === context.sessionNumber)) continue;
    if (rule.when === 'session_end') {
      if (context.phase === 'session_end')
        due.push({ instrument: rule.instrument, reason: 'session_end' });
      continue;
    }
    if (context.phase !== 'in_session') continue;
    if (rule.when === 'intake') {
      // A "no" counts like an answer for the interval: it is asked again after `everyDays`, not
      // at the next session, so nobody is pressed.
      const completed = records.some((r) => r.outcome === 'completed');
      const last = records
        .filter((r) => r.outcome === 'completed' || r.outcome === 'declined')
        .at(-1);
      const days = last ? (context.now.getTime() - Date.parse(last.at)) / 86_400_000 : Infinity;
      if (!last || (rule.everyDays !== undefined && days >= rule.everyDays)) {
        due.push({ instrument: rule.instrument, reason: completed ? 'scheduled' : 'intake' });
      }
      continue;
    }
    const first = rule.firstSession ?? 1;
    const every = rule.everySessions ?? 1;
    if (context.sessionNumber >= first && (context.sessionNumber - first) % every === 0) {
      due.push({ instrument: rule.instrument, reason: 'scheduled' });
    }
  }
  return due;
}

/**
 * Reads a deployer's schedule (JSON: an array of rules). Throws `config_invalid` naming the rule.
 * @example parseSchedule('[{"instrument":"phq9","when":"intake","everyDays":28}]', ['phq9'])
 */
export function parseSchedule(json: string, known: readonly string[]): ScheduleRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new AllianceError('config_invalid', `The measure schedule is ${jsonProblem(error)}.`);
  }
  if (!Array.isArray(parsed) || parsed.length > 50) {
    throw new AllianceError(
      'config_invalid',
      'The measure schedule must be an array of at most 50 rules.',
    );
  }
  return parsed.map((raw: unknown, index) => {
    const rule = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const where = `Schedule rule ${index + 1}`;
    if (typeof rule.instrument !== 'string' || !known.includes(rule.instrument)) {
      throw new AllianceError(
        'config_invalid',
        `${where}: unknown instrument ${JSON.stringify(rule.instrument ?? null)}.`,
        `Known: ${known.join(', ')}.`,
      );
    }
    if (rule.when !== 'intake' && rule.when !== 'session' && rule.when !== 'session_end') {
      throw new AllianceError(
        'config_invalid',
        `${where}: "when" must be intake, session or session_end.`,
      );
    }
    const positive = (key: string) => {
      const value = rule[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3650) {
        throw new AllianceError(
          'config_invalid',
          `${where}: ${key} must be a whole number from 1 to 3650.`,
        );
      }
      return value;
    };
    const everyDays = positive('everyDays');
    const firstSession = positive('firstSession');
    const everySessions = positive('everySessions');
    return {
      instrument: rule.instrument,
      when: rule.when,
      ...(everyDays !== undefined ? { everyDays } : {}),
      ...(firstSession !== undefined ? { firstSession } : {}),
      ...(everySessions !== undefined ? { everySessions } : {}),
    };
  });
}
