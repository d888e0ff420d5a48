import { z } from 'zod';
import { DTA_DIMENSIONS, fitLine, pearson, spearman } from '../alliance/index.ts';
import { AllianceError, RISK_LEVELS, type StoredEvent } from '../core/index.ts';
import { defaultAnnotator, type Annotator } from '../nlu/index.ts';
import {
  ruleRiskDetector,
  shippedRiskModel,
  type RiskContext,
  type RiskDetector,
} from '../safety/index.ts';
import {
  ALERT_RESOURCE,
  acknowledgementsOf,
  measuresWithChange,
  OUTCOME_INSTRUMENTS,
} from './dashboard-views.ts';
import {
  assertAssigned,
  conversationsOf,
  liveClientsOf,
  researchClientsOf,
} from './caseload-reads.ts';
import { defineRoute, type RouteSpec } from './route.ts';
import { acknowledgementView, idParams, idSchema } from './schemas.ts';
import { denied, type ServerDeps } from './server-deps.ts';
import type { ConversationFigures } from './views.ts';

// ---- shapes

const riskLevel = z.enum(RISK_LEVELS);

const alertEntry = z.object({
  alertId: z.string(),
  clientId: z.string(),
  clientName: z.string().nullable(),
  conversationId: z.string(),
  at: z.string(),
  level: riskLevel,
  categories: z.array(z.string()),
  acknowledged: acknowledgementView.nullable(),
});

/** `GET /api/clinician/alerts`. */
export const alertListView = z.object({ alerts: z.array(alertEntry) });

/** `GET /api/clinician/alerts` query: open alerts only (default) or all of them. */
export const alertListQuery = z.object({ status: z.enum(['open', 'all']).optional() }).strict();

/** `POST /api/clinician/alerts/:alertId/acknowledge`. */
export const alertParams = z.object({ alertId: idSchema }).strict();

/** `POST /api/clinician/alerts/:alertId/acknowledge` answer. */
export const acknowledgedView = z.object({
  alertId: z.string(),
  acknowledged: acknowledgementView,
});

const turnView = z.object({
  seq: z.number().int(),
  at: z.string(),
  sessionNumber: z.number().int(),
  speaker: z.enum(['client', 'agent']),
  text: z.string(),
  move: z.string().nullable(),
  annotations: z.object({
    risk: z.object({ level: riskLevel, categories: z.array(z.string()) }),
    empathy: z
      .object({
        emotional_reactions: z.number(),
        interpretations: z.number(),
        explorations: z.number(),
      })
      .nullable(),
    behaviour: z.enum(['reflection', 'question', 'therapist_input', 'other']).nullable(),
    reflection: z.enum(['simple', 'complex']).nullable(),
    question: z.enum(['open', 'closed']).nullable(),
    talkType: z.enum(['change', 'neutral', 'sustain']).nullable(),
    markers: z.array(z.string()),
  }),
  /**
   * What this turn did to the session's DTA index (the live estimator's reading): the dimension,
   * the signed weight, why, and the characters of `text` that carry it.
   */
  evidence: z.array(
    z.object({
      dimension: z.enum(DTA_DIMENSIONS),
      weight: z.number(),
      reason: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});

/** `GET /api/clinician/clients/:id/transcript`. */
export const transcriptView = z.object({
  clientId: z.string(),
  conversations: z.array(z.object({ id: z.string(), turns: z.array(turnView) })),
});

const dtaScores = z.object({
  goal: z.number(),
  task: z.number(),
  bond: z.number(),
  engagement: z.number(),
  overall: z.number(),
});

const distribution = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  median: z.number().nullable(),
  bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
});

const correlation = z.object({
  n: z.number().int(),
  r: z.number().nullable(),
  rho: z.number().nullable(),
  line: z.object({ intercept: z.number(), slope: z.number() }).nullable(),
});

/** `GET /api/research/cohort`: de-identified figures of consenting clients, and their summaries. */
export const cohortView = z.object({
  participants: z.array(
    z.object({
      pid: z.string(),
      sessions: z.number().int(),
      /** Mean of the session DTA indices. */
      alliance: dtaScores.nullable(),
      latest: dtaScores.nullable(),
      phq9Change: z.number().nullable(),
      gad7Change: z.number().nullable(),
      highestRisk: riskLevel,
    }),
  ),
  /** Session-level DTA scores per dimension (0–100, bins of 10). */
  distributions: z.record(z.string(), distribution),
  /** Mean alliance (overall) against first-to-last change of each outcome measure. */
  allianceOutcome: z.object({ phq9: correlation, gad7: correlation }),
  engagement: z.array(
    z.object({
      sessionNumber: z.number().int(),
      participants: z.number().int(),
      meanClientTurns: z.number(),
      meanWordsPerClientTurn: z.number(),
      meanOverall: z.number().nullable(),
    }),
  ),
});

// ---- helpers

const DIMENSIONS = [...DTA_DIMENSIONS, 'overall'] as const;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value: number | null, places = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Count, mean, sample SD, median and 10-point bins of scores on 0–100. */
function distributionOf(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const m = mean(values);
  const sd =
    values.length > 1 && m !== null
      ? Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1))
      : null;
  const middle = sorted.length / 2;
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? sorted[Math.floor(middle)]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const value of values) bins[Math.min(9, Math.max(0, Math.floor(value / 10)))]!.count += 1;
  return { n: values.length, mean: round(m), sd: round(sd), median: round(median), bins };
}

/** First-to-last change of a completed instrument in a conversation, or null. */
function changeIn(figures: ConversationFigures, instrument: string): number | null {
  const totals = figures.state.measures.history
    .filter((r) => r.instrument === instrument && r.outcome === 'completed')
    .map((r) => r.total)
    .filter((total): total is number => typeof total === 'number');
  return totals.length > 1 ? totals.at(-1)! - totals[0]! : null;
}

function correlationOf(pairs: readonly [number, number][]) {
  const x = pairs.map(([a]) => a);
  const y = pairs.map(([, b]) => b);
  const line = fitLine(x, y);
  return {
    n: pairs.length,
    r: round(pearson(x, y), 3),
    rho: round(spearman(x, y), 3),
    line: line ? { intercept: line.intercept, slope: line.slope } : null,
  };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * Routes the clinician and researcher dashboards read beyond the caseload and client figures of
 * staff-routes.ts: the annotated transcript, safety alerts to acknowledge, and the researcher's
 * cohort summaries and CSV export. Clinicians reach only assigned clients, researchers only
 * de-identified figures of clients who agreed to research; every call is audited.
 * @example for (const route of dashboardRoutes(deps)) register(route)
 */
export function dashboardRoutes(deps: ServerDeps): RouteSpec[] {
  const { accounts, store } = deps;
  // The annotate command's models, loaded on the first transcript read.
  let models: { annotator: Annotator; detector: RiskDetector } | undefined;

  /** Alerts of the clinician's clients, newest first, with their acknowledgements. */
  async function alertsOf(clinicianId: string) {
    const alerts: Omit<z.infer<typeof alertEntry>, 'acknowledged'>[] = [];
    for (const client of await liveClientsOf(accounts, clinicianId)) {
      for (const { figures } of await conversationsOf(deps, client.id)) {
        for (const alert of figures.alerts) {
          alerts.push({
            alertId: alert.alertId,
            clientId: client.id,
            clientName: client.displayName,
            conversationId: figures.id,
            at: alert.at,
            level: alert.level,
            categories: alert.categories,
          });
        }
      }
    }
    const acknowledged = await acknowledgementsOf(
      accounts,
      alerts.map((alert) => alert.alertId),
    );
    return alerts
      .map((alert) => ({ ...alert, acknowledged: acknowledged.get(alert.alertId) ?? null }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }

  /** Figures of the conversations of clients who agreed to research, under their pseudonyms. */
  async function researchFigures() {
    const list: { pid: string; figures: ConversationFigures }[] = [];
    for (const client of await researchClientsOf(accounts)) {
      for (const { figures } of await conversationsOf(deps, client.id))
        list.push({ pid: deps.pseudonym(figures.id), figures });
    }
    return list;
  }

  /** The estimator's evidence for a conversation, by the event id of the utterance it is about. */
  function evidenceByEvent(conversationId: string, events: readonly StoredEvent[]) {
    const byEvent = new Map<string, z.infer<typeof turnView>['evidence']>();
    for (const item of deps.estimator.evidence?.(conversationId, events) ?? []) {
      const id = String(item.utterance);
      const list = byEvent.get(id) ?? [];
      list.push({
        dimension: item.dimension,
        weight: item.weight,
        reason: item.reason,
        start: item.span.start,
        end: item.span.end,
      });
      byEvent.set(id, list);
    }
    return byEvent;
  }

  function annotateTurns(conversationId: string, events: readonly StoredEvent[]) {
    const evidence = evidenceByEvent(conversationId, events);
    models ??= {
      annotator: defaultAnnotator(),
      detector: ruleRiskDetector({ model: shippedRiskModel() }),
    };
    const { annotator, detector } = models;
    const sessionNumbers = new Map<string, number>();
    const turns: z.infer<typeof turnView>[] = [];
    let lastTurn: { speaker: string; text: string } | undefined;
    let lastAgent: string | undefined;
    let recentClient: string[] = [];
    for (const event of events) {
      if (event.type === 'session.started' && event.sessionId)
        sessionNumbers.set(event.sessionId, event.payload.sessionNumber);
      if (event.type !== 'message.received' && event.type !== 'agent.move') continue;
      const speaker = event.type === 'message.received' ? 'client' : 'agent';
      const text = event.payload.text;
      // As `alliance annotate` reads a transcript: risk with the agent's last turn and the
      // client's recent turns as context, the models with the turn before.
      const context: RiskContext = {
        ...(lastAgent ? { previousAgentText: lastAgent } : {}),
        recentClientTexts: speaker === 'client' ? recentClient : [],
      };
      const risk = detector.assess(text, context);
      const signals = annotator.annotate(speaker, text, lastTurn, lastAgent);
      lastTurn = { speaker, text };
      if (speaker === 'client') recentClient = [...recentClient, text].slice(-5);
      else lastAgent = text;
      turns.push({
        seq: event.seq,
        at: event.at,
        sessionNumber: sessionNumbers.get(event.sessionId ?? '') ?? 0,
        speaker,
        text,
        move: event.type === 'agent.move' ? event.payload.move : null,
        annotations: {
          risk: { level: risk.level, categories: [...risk.categories] },
          empathy: signals.empathy ?? null,
          behaviour: signals.behaviour?.behaviour ?? null,
          reflection: signals.behaviour?.reflection ?? null,
          question: signals.behaviour?.question ?? null,
          talkType: signals.talkType ?? null,
          markers: [...(signals.markers ?? [])],
        },
        evidence: evidence.get(event.id) ?? [],
      });
    }
    return turns;
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/clinician/clients/:id/transcript',
      summary:
        'The transcript of an assigned client, each turn annotated as `alliance annotate` does (risk, empathy, behaviour, talk type, alliance markers), with the evidence it gave the session’s DTA index',
      tag: 'clinician',
      roles: ['clinician'],
      params: idParams,
      response: transcriptView,
      errors: [400, 401, 403],
      audit: { action: 'read', resourceType: 'transcript', resourceParam: 'id' },
      async handler({ principal, params }) {
        await assertAssigned(accounts, principal!.account.id, params.id);
        const conversations = [];
        for (const id of await accounts.listConversations(params.id)) {
          conversations.push({ id, turns: annotateTurns(id, await store.readEvents(id)) });
        }
        return { clientId: params.id, conversations };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/clinician/alerts',
      summary:
        'Safety alerts of assigned clients, newest first: the unacknowledged ones, or all with who acknowledged them',
      tag: 'clinician',
      roles: ['clinician'],
      query: alertListQuery,
      response: alertListView,
      errors: [400, 401, 403],
      audit: { action: 'read', resourceType: 'safety_alert_list' },
      async handler({ principal, query, auditResource }) {
        auditResource(principal!.account.id);
        const alerts = await alertsOf(principal!.account.id);
        return {
          alerts: query.status === 'all' ? alerts : alerts.filter((alert) => !alert.acknowledged),
        };
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/api/clinician/alerts/:alertId/acknowledge',
      summary:
        'Acknowledge a safety alert of an assigned client; the audit record of this call is the acknowledgement (who and when)',
      tag: 'clinician',
      roles: ['clinician'],
      params: alertParams,
      response: acknowledgedView,
      errors: [400, 401, 403, 409],
      audit: { action: 'update', resourceType: ALERT_RESOURCE, resourceParam: 'alertId' },
      async handler({ principal, params }) {
        const alert = (await alertsOf(principal!.account.id)).find(
          (entry) => entry.alertId === params.alertId,
        );
        // Alerts of other clinicians' clients, and ids that exist nowhere, are refused alike.
        if (!alert)
          throw denied('not_assigned', 'This alert is not about a client assigned to you.');
        if (alert.acknowledged) {
          throw new AllianceError(
            'store_conflict',
            'This alert has already been acknowledged.',
            'GET /api/clinician/alerts?status=all shows who acknowledged it and when.',
          );
        }
        return {
          alertId: alert.alertId,
          acknowledged: {
            by: principal!.account.id,
            byName: principal!.account.displayName,
            at: new Date(deps.clock.now()).toISOString(),
          },
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/research/cohort',
      summary:
        'Cohort summaries of consenting clients, de-identified: alliance distributions, alliance against PHQ-9/GAD-7 change with the correlation, engagement by session',
      tag: 'research',
      roles: ['researcher'],
      response: cohortView,
      errors: [401, 403],
      audit: { action: 'read', resourceType: 'research_cohort' },
      async handler() {
        const cohort = await researchFigures();
        const participants = cohort.map(({ pid, figures }) => {
          const scored = figures.sessions.flatMap((session) => (session.dta ? [session.dta] : []));
          const alliance =
            scored.length === 0
              ? null
              : (Object.fromEntries(
                  DIMENSIONS.map((dimension) => [
                    dimension,
                    round(mean(scored.map((dta) => dta[dimension]))) as number,
                  ]),
                ) as z.infer<typeof dtaScores>);
          return {
            pid,
            sessions: figures.sessions.length,
            alliance,
            latest: scored.at(-1) ?? null,
            phq9Change: changeIn(figures, 'phq9'),
            gad7Change: changeIn(figures, 'gad7'),
            highestRisk: figures.highestRisk,
          };
        });
        const sessionScores = cohort.flatMap(({ figures }) =>
          figures.sessions.flatMap((session) => (session.dta ? [session.dta] : [])),
        );
        const distributions = Object.fromEntries(
          DIMENSIONS.map((dimension) => [
            dimension,
            distributionOf(sessionScores.map((dta) => dta[dimension])),
          ]),
        );
        const pairs = (key: 'phq9Change' | 'gad7Change') =>
          participants.flatMap((p) =>
            p.alliance && p[key] !== null ? [[p.alliance.overall, p[key]] as [number, number]] : [],
          );
        const bySession = new Map<number, ConversationFigures['sessions']>();
        for (const { figures } of cohort) {
          for (const session of figures.sessions) {
            bySession.set(session.sessionNumber, [
              ...(bySession.get(session.sessionNumber) ?? []),
              session,
            ]);
          }
        }
        const engagement = [...bySession.entries()]
          .sort(([a], [b]) => a - b)
          .map(([sessionNumber, sessions]) => ({
            sessionNumber,
            participants: sessions.length,
            meanClientTurns: round(mean(sessions.map((s) => s.clientTurns))) as number,
            meanWordsPerClientTurn: round(
              mean(sessions.map((s) => s.wordsPerClientTurn)),
            ) as number,
            meanOverall: round(mean(sessions.flatMap((s) => (s.dta ? [s.dta.overall] : [])))),
          }));
        return {
          participants,
          distributions,
          allianceOutcome: {
            phq9: correlationOf(pairs('phq9Change')),
            gad7: correlationOf(pairs('gad7Change')),
          },
          engagement,
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/research/export.csv',
      summary:
        'De-identified figures of consenting clients as CSV, one row per session: pseudonym, engagement, DTA index, PHQ-9/GAD-7 totals, ruptures, highest risk; no names, words or dates',
      tag: 'research',
      roles: ['researcher'],
      response: z.string(),
      contentType: 'text/csv',
      errors: [401, 403],
      audit: { action: 'read', resourceType: 'research_export' },
      async handler({ reply }) {
        const header = [
          'pid',
          'session',
          'client_turns',
          'words_per_client_turn',
          'duration_seconds',
          ...DIMENSIONS.map((dimension) => `dta_${dimension}`),
          ...Object.keys(OUTCOME_INSTRUMENTS).map((key) => `${key}_total`),
          ...Object.keys(OUTCOME_INSTRUMENTS).map((key) => `${key}_reliable_change`),
          'ruptures',
          'ruptures_repaired',
          'conversation_highest_risk',
        ];
        const rows = [header.join(',')];
        for (const { pid, figures } of await researchFigures()) {
          const measures = measuresWithChange(figures.state.measures.history);
          for (const session of figures.sessions) {
            const inSession = (key: string) =>
              measures
                .filter(
                  (m) =>
                    m.instrument === key &&
                    m.outcome === 'completed' &&
                    m.sessionNumber === session.sessionNumber,
                )
                .at(-1);
            const ruptures = figures.state.work.ruptures.filter(
              (rupture) => rupture.sessionNumber === session.sessionNumber,
            );
            const cells: (string | number | null)[] = [
              pid,
              session.sessionNumber,
              session.clientTurns,
              round(session.wordsPerClientTurn),
              session.durationSeconds,
              ...DIMENSIONS.map((dimension) => session.dta?.[dimension] ?? null),
              ...Object.keys(OUTCOME_INSTRUMENTS).map((key) => inSession(key)?.total ?? null),
              ...Object.keys(OUTCOME_INSTRUMENTS).map(
                (key) => inSession(key)?.change?.direction ?? null,
              ),
              ruptures.length,
              ruptures.filter((rupture) => rupture.outcome === 'repaired').length,
              figures.highestRisk,
            ];
            rows.push(cells.map(csvCell).join(','));
          }
        }
        void reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="alliance-cohort.csv"');
        return `${rows.join('\r\n')}\r\n`;
      },
    }),
  ];
}
