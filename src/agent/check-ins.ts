import { AllianceError } from '../core/index.ts';
import { activeGoals, pendingTask, type AllianceState } from '../alliance/index.ts';
import type { RegionResources } from '../safety/index.ts';

/**
 * When a check-in message may be sent between sessions: `afterDays` since the last session ended,
 * for everyone (`any`) or only when a next step was agreed (`step_agreed`). Each rule sends at
 * most one message per gap between sessions.
 */
export interface CheckInRule {
  id: string;
  afterDays: number;
  when: 'any' | 'step_agreed';
}

/**
 * The default: a gentle reminder two days after a step was agreed, and a hello after two quiet
 * weeks. Deployers replace it with a JSON file of rules (`--check-ins FILE`).
 */
export const DEFAULT_CHECK_INS: readonly CheckInRule[] = [
  { id: 'step-reminder', afterDays: 2, when: 'step_agreed' },
  { id: 'quiet-hello', afterDays: 14, when: 'any' },
];

const DAY = 86_400_000;

/**
 * The check-in due now for a conversation, if any, with its words. Nothing is due while a
 * session is open, while a safety episode is unresolved (that is for people, not a scheduled
 * message), before consent, when the person has said no to check-ins, or when a message was
 * already sent since the last session. The words carry no pressure: no streaks, nothing
 * "missed", an easy way to say no more, and the emergency line.
 * @see Torous J, et al. Dropout rates in clinical trials of smartphone apps for depressive symptoms. J Affect Disord 2020;263:413–9 (engagement matters; pressure is not the answer).
 */
export function dueCheckIn(
  state: AllianceState,
  now: number,
  rules: readonly CheckInRule[],
  resources: RegionResources,
): { ruleId: string; text: string } | undefined {
  const work = state.work;
  if (state.currentSessionId || state.safety.active || work.consent?.granted !== true)
    return undefined;
  if (!work.checkIns.enabled || !state.previousSessionEndedAt) return undefined;
  const ended = Date.parse(state.previousSessionEndedAt);
  if (work.checkIns.lastAt && Date.parse(work.checkIns.lastAt) >= ended) return undefined;
  const task = pendingTask(work);
  const due = [...rules]
    .filter((rule) => now - ended >= rule.afterDays * DAY)
    .filter((rule) => rule.when === 'any' || task !== undefined)
    .sort((a, b) => b.afterDays - a.afterDays)[0];
  if (!due) return undefined;
  const name = state.name ? ` ${state.name}` : '';
  const goal = activeGoals(work)[0];
  const lines =
    due.when === 'step_agreed' && task
      ? [
          `Hi${name}, a gentle hello from Alliance (an AI).`,
          `You planned to ${task.detail ?? task.title}${task.when ? ` (${task.when})` : ''}.`,
          'However it has gone is fine, and useful to talk about whenever suits you.',
        ]
      : [
          `Hi${name}, a gentle hello from Alliance (an AI).`,
          goal
            ? `No need to catch up on anything; if you'd like to talk about "${goal.text}" or anything else, I'm here.`
            : "No need to catch up on anything; if you'd like to talk, I'm here.",
        ];
  lines.push(
    'Reply "no more check-ins" to stop these messages.',
    `If you are in danger, call ${resources.emergency}.`,
  );
  return { ruleId: due.id, text: lines.join(' ') };
}

/** Reads a deployer's check-in rules: a JSON array of `{ id, afterDays, when }`. */
export function parseCheckInRules(json: string, source: string): CheckInRule[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AllianceError(
      'config_invalid',
      `${source} is not valid JSON.`,
      'Give a JSON array such as [{"id": "hello", "afterDays": 7, "when": "any"}].',
    );
  }
  if (!Array.isArray(value) || value.length > 50) {
    throw new AllianceError(
      'config_invalid',
      `${source} must be a JSON array of at most 50 rules.`,
      'Give a JSON array such as [{"id": "hello", "afterDays": 7, "when": "any"}].',
    );
  }
  return value.map((rule, index) => {
    const r = rule as Partial<CheckInRule> | null;
    const ok =
      r !== null &&
      typeof r === 'object' &&
      typeof r.id === 'string' &&
      /^[a-z0-9][a-z0-9-]{0,39}$/u.test(r.id) &&
      typeof r.afterDays === 'number' &&
      Number.isFinite(r.afterDays) &&
      r.afterDays >= 1 &&
      r.afterDays <= 365 &&
      (r.when === 'any' || r.when === 'step_agreed');
    if (!ok) {
      throw new AllianceError(
        'config_invalid',
        `Rule ${index + 1} in ${source} needs an id (lowercase letters, digits, dashes), afterDays from 1 to 365 and when "any" or "step_agreed".`,
        'Fix that rule and try again.',
      );
    }
    return { id: r.id!, afterDays: r.afterDays!, when: r.when! };
  });
}

/** The person asks for no more check-in messages (or for them again). */
export function checkInPreference(text: string): boolean | undefined {
  if (
    /\b(?:no more|stop(?: the)?|don'?t send(?: me)?|turn off|unsubscribe from) check[- ]?ins?\b/iu.test(
      text,
    )
  )
    return false;
  if (/\b(?:send|turn on|start|resume)(?: the)? check[- ]?ins?\b/iu.test(text)) return true;
  return undefined;
}
