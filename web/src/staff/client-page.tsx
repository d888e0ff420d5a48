import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice, Page } from '../components/page.tsx';
import { Link, useLocation } from '../router.tsx';
import { Chart, DIMENSION_COLOURS, type ChartBand, type ChartMarker } from './charts.tsx';
import { changeWords, day, riskWords, score, when } from './format.ts';
import { RuptureTimeline } from './rupture-timeline.tsx';
import { TranscriptView } from './transcript-view.tsx';
import {
  DIMENSIONS,
  type ClientDetail,
  type InstrumentScale,
  type Measure,
  type SafetyAnswer,
  type SessionFigures,
} from './staff-types.ts';
import { DataTable } from './data-table.tsx';
import './staff.css';

/** What each safety question was about, in a clinician's words. */
const ASKED_ABOUT: Record<string, string> = {
  suicide: 'Thoughts of suicide',
  self_harm: 'Thoughts of self-harm',
  harm_to_others: 'Thoughts of harming someone',
  abuse: 'Safety at home',
  medical_emergency: 'A medical emergency',
  thoughts: 'Thoughts of suicide or self-harm',
  plan: 'A plan',
  means: 'Access to means',
  timeframe: 'When',
  safe_now: 'Safe right now',
  injury: 'An injury needing care',
  help_called: 'Help called',
  plan_offer: 'Making a safety plan together',
};

const ANSWER_WORDS: Record<SafetyAnswer['answer'], string> = {
  yes: 'Yes',
  no: 'No',
  unclear: 'Unclear',
};

const BAND_TINTS = ['#e9f4ea', '#f6f3dc', '#fbecd9', '#f9e1d9', '#f5d6d6'];

/** Sessions of all the client's conversations in order, numbered 1… across them. */
interface SessionPoint extends SessionFigures {
  index: number;
  conversationId: string;
}

function AllianceChart(props: { sessions: SessionPoint[] }): ReactNode {
  const { sessions } = props;
  const scored = sessions.filter((s) => s.dta);
  const first = scored[0]?.dta;
  const last = scored.at(-1)?.dta;
  const summary =
    first && last
      ? `Over ${scored.length} sessions the overall alliance went from ${score(first.overall)} to ${score(last.overall)}; latest goal ${score(last.goal)}, task ${score(last.task)}, bond ${score(last.bond)}, engagement ${score(last.engagement)}.`
      : 'No session has been scored yet.';
  return (
    <Chart
      testId="alliance-chart"
      title="Alliance per dimension, by session"
      summary={summary}
      x={sessions.map((s) => s.index)}
      xLabel="Session"
      yLabel="DTA index (0–100)"
      xIncrement={1}
      yRange={[0, 100]}
      series={[
        ...DIMENSIONS.map((dimension) => ({
          label: dimension[0]!.toUpperCase() + dimension.slice(1),
          values: sessions.map((s) => s.dta?.[dimension] ?? null),
          colour: DIMENSION_COLOURS[dimension]!,
        })),
        {
          label: 'Overall',
          values: sessions.map((s) => s.dta?.overall ?? null),
          colour: DIMENSION_COLOURS.overall!,
          dash: [6, 4],
        },
      ]}
      table={
        <DataTable columns={['Session', 'Date', ...DIMENSIONS, 'overall', 'client turns']}>
          {sessions.map((s) => (
            <tr key={`${s.conversationId}-${s.sessionNumber}`}>
              <th scope="row">{s.index}</th>
              <td>{day(s.startedAt)}</td>
              {DIMENSIONS.map((d) => (
                <td key={d}>{score(s.dta?.[d])}</td>
              ))}
              <td>{score(s.dta?.overall)}</td>
              <td>{s.clientTurns}</td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

function MeasureChart(props: {
  scale: InstrumentScale;
  measures: (Measure & { index: number })[];
  sessions: number;
}): ReactNode {
  const { scale, measures } = props;
  const completed = measures.filter((m) => m.outcome === 'completed' && m.total !== null);
  if (completed.length === 0) {
    return (
      <section className="card" aria-labelledby={`${scale.key}-heading`}>
        <h3 id={`${scale.key}-heading`}>{scale.name}</h3>
        <p className="muted">Not completed yet.</p>
      </section>
    );
  }
  const bands: ChartBand[] = scale.bands.map((band, i) => ({
    from: band.from,
    to: scale.bands[i + 1]?.from ?? scale.max,
    label: band.label,
    colour: BAND_TINTS[Math.min(i, BAND_TINTS.length - 1)]!,
  }));
  const markers: ChartMarker[] = completed.flatMap((m) =>
    m.change && m.change.direction !== 'no_reliable_change'
      ? [
          {
            x: m.index,
            y: m.total as number,
            label: m.change.direction,
            colour: m.change.direction === 'improved' ? '#2e6b30' : '#b3261e',
            shape: m.change.direction === 'improved' ? ('down' as const) : ('up' as const),
          },
        ]
      : [],
  );
  const last = completed.at(-1)!;
  const summary = `${completed.length} administration${completed.length === 1 ? '' : 's'}; latest ${last.total} (${last.bandLabel ?? 'no band'}). Change since the first: ${changeWords(last.change)}. Reliable change is ${scale.reliableChange ?? '—'} points or more; ▼ marks reliable improvement, ▲ reliable deterioration.`;
  return (
    <Chart
      testId={`${scale.key}-chart`}
      title={`${scale.name} total with severity bands`}
      summary={summary}
      x={completed.map((m) => m.index)}
      xLabel="Session"
      yLabel={`${scale.name} total (0–${scale.max})`}
      xIncrement={1}
      xRange={[0.5, Math.max(props.sessions, completed.at(-1)!.index) + 0.5]}
      yRange={[0, scale.max]}
      bands={bands}
      lines={
        scale.clinicalCutoff !== null
          ? [
              {
                value: scale.clinicalCutoff,
                label: `clinical cut-off ${scale.clinicalCutoff}`,
                colour: '#8c1d17',
              },
            ]
          : []
      }
      markers={markers}
      series={[{ label: scale.name, values: completed.map((m) => m.total), colour: '#1d2a33' }]}
      height={240}
      table={
        <DataTable columns={['Session', 'Date', 'Total', 'Band', 'Change from first']}>
          {completed.map((m) => (
            <tr key={m.at}>
              <th scope="row">{m.index}</th>
              <td>{day(m.at)}</td>
              <td>{m.total}</td>
              <td>{m.bandLabel ?? '—'}</td>
              <td>{m.change ? changeWords(m.change) : 'baseline'}</td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

/**
 * The safety questions the person answered, in order: the direct question asked when a message
 * was unclear, and the protocol's questions in safety mode. A no is listed as much as a yes.
 */
function SafetyAnswers(props: { answers: (SafetyAnswer & { index: number })[] }): ReactNode {
  if (props.answers.length === 0)
    return <p className="muted">No safety question has been asked in these sessions.</p>;
  return (
    <DataTable columns={['Session', 'When', 'Asked', 'About', 'Answer']}>
      {props.answers.map((a, i) => (
        <tr key={`${a.at}-${i}`}>
          <th scope="row">{a.index}</th>
          <td>{when(a.at)}</td>
          <td>{a.asked === 'check' ? 'Direct question (message unclear)' : 'Safety protocol'}</td>
          <td>{ASKED_ABOUT[a.about] ?? a.about}</td>
          <td>{ANSWER_WORDS[a.answer]}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One client: alliance over sessions, ruptures, outcome measures, goals and tasks, transcript. */
export function ClientPage(): ReactNode {
  const { params } = useLocation();
  const id = params.id ?? '';
  const [detail, setDetail] = useState<ClientDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    api<ClientDetail>('GET', `/api/clinician/clients/${encodeURIComponent(id)}`)
      .then(setDetail)
      .catch((reason: unknown) =>
        setError(reason instanceof ApiError ? reason.message : 'This client could not be loaded.'),
      );
  }, [id]);

  const sessions = useMemo<SessionPoint[]>(() => {
    if (!detail) return [];
    let index = 0;
    return detail.conversations.flatMap((conversation) =>
      conversation.sessions.map((session) => ({
        ...session,
        conversationId: conversation.id,
        index: (index += 1),
      })),
    );
  }, [detail]);

  const indexOf = (conversationId: string, sessionNumber: number) =>
    sessions.find((s) => s.conversationId === conversationId && s.sessionNumber === sessionNumber)
      ?.index ?? sessionNumber;

  const name = detail?.client.displayName ?? 'Client';
  return (
    <Page title={detail ? name : 'Client'} className="wide staff">
      <p>
        <Link to="/staff/caseload">← Back to the caseload</Link>
      </p>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {!detail && !error ? <p role="status">Loading…</p> : null}
      {detail ? (
        <>
          <dl className="summary-strip">
            <div>
              <dt>Sessions</dt>
              <dd>{detail.client.sessions}</dd>
            </div>
            <div>
              <dt>Latest alliance (overall)</dt>
              <dd>{score(detail.client.latestDta?.overall)}</dd>
            </div>
            <div>
              <dt>Open ruptures</dt>
              <dd>{detail.client.openRuptures}</dd>
            </div>
            <div>
              <dt>Highest risk</dt>
              <dd className={`risk risk-${detail.client.highestRisk}`}>
                {riskWords(detail.client.highestRisk)}
                {detail.client.crisisProtocolActive ? ' · crisis protocol on' : ''}
              </dd>
            </div>
            <div>
              <dt>Alerts to acknowledge</dt>
              <dd>
                {detail.client.unacknowledgedAlerts > 0 ? (
                  <Link to="/staff/alerts">{detail.client.unacknowledgedAlerts}</Link>
                ) : (
                  `0 of ${detail.client.alerts}`
                )}
              </dd>
            </div>
            <div>
              <dt>Last active</dt>
              <dd>{when(detail.client.lastActive)}</dd>
            </div>
          </dl>

          <section aria-labelledby="alliance-heading">
            <h2 id="alliance-heading">Alliance</h2>
            <AllianceChart sessions={sessions} />
          </section>

          <section aria-labelledby="ruptures-heading">
            <h2 id="ruptures-heading">Ruptures and repairs</h2>
            <RuptureTimeline
              sessions={sessions}
              ruptures={detail.conversations.flatMap((c) =>
                c.ruptures.map((r) => ({ ...r, index: indexOf(c.id, r.sessionNumber) })),
              )}
            />
          </section>

          <section aria-labelledby="safety-answers-heading">
            <h2 id="safety-answers-heading">Safety questions answered</h2>
            <SafetyAnswers
              answers={detail.conversations.flatMap((c) =>
                c.safetyAnswers.map((a) => ({ ...a, index: indexOf(c.id, a.sessionNumber) })),
              )}
            />
          </section>

          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">Outcome measures</h2>
            <div className="two-up">
              {detail.instruments.map((scale) => (
                <MeasureChart
                  key={scale.key}
                  scale={scale}
                  sessions={sessions.length}
                  measures={detail.conversations.flatMap((c) =>
                    c.measures
                      .filter((m) => m.instrument === scale.key)
                      .map((m) => ({ ...m, index: indexOf(c.id, m.sessionNumber) })),
                  )}
                />
              ))}
            </div>
          </section>

          <section aria-labelledby="goals-heading" className="two-up">
            <div>
              <h2 id="goals-heading">Goals</h2>
              <ul className="plain-list">
                {detail.conversations.flatMap((c) =>
                  c.goals.map((goal, i) => (
                    <li key={`${c.id}-${i}`}>
                      “{goal.text}” <span className="badge">{goal.status}</span>
                    </li>
                  )),
                )}
              </ul>
              {detail.conversations.every((c) => c.goals.length === 0) ? (
                <p className="muted">No goal put into words yet.</p>
              ) : null}
            </div>
            <div>
              <h2>Tasks</h2>
              <DataTable
                columns={['Task', 'Session', 'Status', 'Next step', 'How it went']}
                caption="Tasks offered and what became of them"
              >
                {detail.conversations.flatMap((c) =>
                  c.tasks.map((task, i) => (
                    <tr key={`${c.id}-${i}`}>
                      <th scope="row">{task.title}</th>
                      <td>{indexOf(c.id, task.offeredInSession)}</td>
                      <td>{task.status}</td>
                      <td>{[task.detail, task.when].filter(Boolean).join(', ') || '—'}</td>
                      <td>{task.outcome ?? '—'}</td>
                    </tr>
                  )),
                )}
              </DataTable>
            </div>
          </section>

          <section aria-labelledby="transcript-heading">
            <h2 id="transcript-heading">Transcript with annotations</h2>
            <TranscriptView clientId={detail.client.id} sessions={sessions.length} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
