import type { AllianceState, MeasureRecord } from '../alliance/index.ts';
import type { AccountStore } from '../core/index.ts';
import {
  GAD7,
  PHQ9,
  answerableItems,
  classifyChange,
  itemScale,
  type InstrumentDefinition,
} from '../instruments/index.ts';

/** The outcome measures the dashboards follow, by key. */
export const OUTCOME_INSTRUMENTS: Record<'phq9' | 'gad7', InstrumentDefinition> = {
  phq9: PHQ9,
  gad7: GAD7,
};

function bandLabel(definition: InstrumentDefinition | undefined, code: string | null) {
  return definition?.scoring.bands.find((band) => band.code === code)?.label ?? null;
}

/** A change between two totals as the dashboards show it, judged by the instruments module. */
function changeOf(definition: InstrumentDefinition, before: number, after: number) {
  const result = classifyChange(definition, before, after);
  return {
    from: before,
    to: after,
    change: result.change,
    threshold: result.threshold,
    direction: result.direction,
    clinicallySignificant: result.clinicallySignificant,
  };
}

/**
 * Completed and partial questionnaires with their band label and, for the PHQ-9 and GAD-7, the
 * change from the first completed administration (reliable change by the published threshold).
 */
export function measuresWithChange(history: readonly MeasureRecord[]) {
  const baselines = new Map<string, number>();
  return history.map((record) => {
    const definition = OUTCOME_INSTRUMENTS[record.instrument as 'phq9' | 'gad7'];
    const total = record.total ?? null;
    let change: ReturnType<typeof changeOf> | null = null;
    if (definition && record.outcome === 'completed' && total !== null) {
      const baseline = baselines.get(record.instrument);
      if (baseline === undefined) baselines.set(record.instrument, total);
      else change = changeOf(definition, baseline, total);
    }
    return {
      instrument: record.instrument,
      at: record.at,
      sessionNumber: record.sessionNumber,
      outcome: record.outcome,
      total,
      band: record.band ?? null,
      bandLabel: bandLabel(definition, record.band ?? null),
      change,
    };
  });
}

/** First-to-latest change of one outcome measure over a client's conversations, or null. */
function outcomeTrend(
  definition: InstrumentDefinition,
  states: readonly { state: AllianceState }[],
) {
  const totals = states
    .flatMap(({ state }) => state.measures.history)
    .filter(
      (record) =>
        record.instrument === definition.key &&
        record.outcome === 'completed' &&
        typeof record.total === 'number',
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const first = totals[0];
  const latest = totals.at(-1);
  if (!first || !latest) return null;
  return {
    administrations: totals.length,
    latest: latest.total as number,
    latestBand: bandLabel(definition, latest.band ?? null),
    latestAt: latest.at,
    change:
      totals.length > 1
        ? changeOf(definition, first.total as number, latest.total as number)
        : null,
  };
}

/** The PHQ-9 and GAD-7 trend of a client, for the caseload. */
export function outcomeTrendsOf(conversations: readonly { state: AllianceState }[]) {
  return {
    phq9: outcomeTrend(PHQ9, conversations),
    gad7: outcomeTrend(GAD7, conversations),
  };
}

/** Tasks offered to the person, with what became of them (titles are the library's, details the person's). */
export function tasksOf(state: AllianceState) {
  return state.work.tasks.map((task) => ({
    title: task.title,
    status: task.status,
    offeredInSession: task.offeredInSession,
    detail: task.detail ?? null,
    when: task.when ?? null,
    outcome: task.outcome ?? null,
  }));
}

/**
 * How the outcome instruments are read, from their definitions, so a chart draws the bands and the
 * reliable-change and cut-off lines the scorer uses.
 */
export function instrumentScales() {
  return Object.values(OUTCOME_INSTRUMENTS).map((definition) => ({
    key: definition.key,
    name: definition.name,
    max: answerableItems(definition)
      .filter((item) => definition.scoring.items.includes(item.linkId))
      .reduce((sum, item) => sum + itemScale(item).max, 0),
    bands: definition.scoring.bands.map(({ from, code, label }) => ({ from, code, label })),
    reliableChange: definition.change?.reliableChangePoints.value ?? null,
    clinicalCutoff: definition.change?.clinicalCutoff.value ?? null,
  }));
}

/** The audit resource type whose successful updates are alert acknowledgements. */
export const ALERT_RESOURCE = 'safety_alert';

/** Who acknowledged an alert, and when. */
export interface Acknowledgement {
  by: string;
  byName: string | null;
  at: string;
}

/**
 * Acknowledgements of alerts, by alert id. An acknowledgement is the audit record of the
 * clinician's successful `update` of the alert: append-only, with who and when, and nothing else
 * to keep in step with it.
 */
export async function acknowledgementsOf(
  accounts: AccountStore,
  alertIds: readonly string[],
): Promise<Map<string, Acknowledgement>> {
  const found = new Map<string, Acknowledgement>();
  const names = new Map<string, string | null>();
  for (const alertId of alertIds) {
    const records = await accounts.listAudit({ resourceId: alertId });
    const record = records
      .filter(
        (entry) =>
          entry.resourceType === ALERT_RESOURCE &&
          entry.action === 'update' &&
          entry.outcome === 'success' &&
          entry.actorId !== null,
      )
      .at(-1);
    if (!record) continue;
    const by = record.actorId as string;
    if (!names.has(by)) names.set(by, (await accounts.getAccount(by))?.displayName ?? null);
    found.set(alertId, { by, byName: names.get(by) ?? null, at: record.at });
  }
  return found;
}
