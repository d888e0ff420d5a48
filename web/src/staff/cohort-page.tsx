import { useEffect, useState, type ReactNode } from 'react';
import { api, apiBlob, ApiError } from '../api.ts';
import { Notice, Page } from '../components/page.tsx';
import { Chart, DIMENSION_COLOURS } from './charts.tsx';
import { score, signed } from './format.ts';
import type { Cohort, Correlation } from './staff-types.ts';
import { DataTable } from './data-table.tsx';
import './staff.css';

const DISTRIBUTION_KEYS = ['goal', 'task', 'bond', 'engagement', 'overall'] as const;

function rWords(correlation: Correlation): string {
  if (correlation.r === null) return `r cannot be computed from ${correlation.n} pairs`;
  return `r = ${correlation.r.toFixed(2)}, Spearman ρ = ${correlation.rho?.toFixed(2) ?? '—'}, n = ${correlation.n}`;
}

function OutcomeScatter(props: { cohort: Cohort; key_: 'phq9' | 'gad7'; name: string }): ReactNode {
  const field = props.key_ === 'phq9' ? 'phq9Change' : 'gad7Change';
  const points = props.cohort.participants
    .flatMap((p) =>
      p.alliance && p[field] !== null
        ? [{ x: p.alliance.overall, y: p[field] as number, pid: p.pid }]
        : [],
    )
    .sort((a, b) => a.x - b.x);
  const correlation = props.cohort.allianceOutcome[props.key_];
  const line = correlation.line;
  return (
    <Chart
      testId={`${props.key_}-scatter`}
      title={`Alliance against ${props.name} change`}
      summary={`${rWords(correlation)}. Each point is one person: mean overall alliance across sessions against the change from the first to the last ${props.name} (negative is improvement).`}
      x={points.map((p) => p.x)}
      xLabel="Mean overall alliance (0–100)"
      yLabel={`${props.name} change (points)`}
      series={[
        { label: 'People', values: points.map((p) => p.y), colour: '#1f5f8b', pointsOnly: true },
        ...(line
          ? [
              {
                label: 'Least-squares line',
                values: points.map(
                  (p) => Math.round((line.intercept + line.slope * p.x) * 100) / 100,
                ),
                colour: '#a14e00',
                dash: [6, 4],
                points: false,
              },
            ]
          : []),
      ]}
      height={240}
      table={
        <DataTable columns={['Pseudonym', 'Mean alliance', `${props.name} change`]}>
          {points.map((p) => (
            <tr key={p.pid}>
              <th scope="row">
                <code>{p.pid}</code>
              </th>
              <td>{score(p.x)}</td>
              <td>{signed(p.y)}</td>
            </tr>
          ))}
        </DataTable>
      }
    />
  );
}

/** The researcher's view of the de-identified cohort, with the CSV export. */
export function CohortPage(): ReactNode {
  const [cohort, setCohort] = useState<Cohort | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    api<Cohort>('GET', '/api/research/cohort')
      .then(setCohort)
      .catch((reason: unknown) =>
        setError(reason instanceof ApiError ? reason.message : 'The cohort could not be loaded.'),
      );
  }, []);

  const download = async () => {
    setStatus(null);
    try {
      const blob = await apiBlob('/api/research/export.csv');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'alliance-cohort.csv';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus(`Downloaded alliance-cohort.csv (${blob.size.toLocaleString()} bytes).`);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : 'The export could not be downloaded.');
    }
  };

  const sessions = cohort?.participants.reduce((sum, p) => sum + p.sessions, 0) ?? 0;
  return (
    <Page title="Cohort" className="wide staff">
      <p className="lead">
        De-identified figures of the clients who agreed to research use: pseudonyms only, no names,
        words or dates.
      </p>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {status ? <Notice kind="status">{status}</Notice> : null}
      {!cohort && !error ? <p role="status">Loading the cohort…</p> : null}
      {cohort ? (
        <>
          <dl className="summary-strip">
            <div>
              <dt>People</dt>
              <dd>{cohort.participants.length}</dd>
            </div>
            <div>
              <dt>Sessions</dt>
              <dd>{sessions}</dd>
            </div>
            <div>
              <dt>Mean overall alliance</dt>
              <dd>{score(cohort.distributions.overall?.mean)}</dd>
            </div>
            <div>
              <dt>Alliance ~ PHQ-9 change</dt>
              <dd>{cohort.allianceOutcome.phq9.r?.toFixed(2) ?? '—'}</dd>
            </div>
            <div>
              <dt>Alliance ~ GAD-7 change</dt>
              <dd>{cohort.allianceOutcome.gad7.r?.toFixed(2) ?? '—'}</dd>
            </div>
          </dl>
          <p>
            <button type="button" className="button primary" onClick={() => void download()}>
              Download the data as CSV
            </button>{' '}
            <span className="small muted">One row per session and person.</span>
          </p>

          <section aria-labelledby="distribution-heading">
            <h2 id="distribution-heading">Alliance distributions</h2>
            <p className="small muted">Session DTA index scores, in bins of 10 points.</p>
            <div className="chart-grid">
              {DISTRIBUTION_KEYS.map((key) => {
                const d = cohort.distributions[key];
                if (!d) return null;
                const label = key[0]!.toUpperCase() + key.slice(1);
                return (
                  <Chart
                    key={key}
                    testId={`distribution-${key}`}
                    title={label}
                    summary={`n = ${d.n}, mean ${score(d.mean)}, median ${score(d.median)}, SD ${d.sd?.toFixed(1) ?? '—'}.`}
                    x={d.bins.map((b) => b.from + 5)}
                    xLabel="Score"
                    yLabel="Sessions"
                    xRange={[0, 100]}
                    series={[
                      {
                        label: 'Sessions',
                        values: d.bins.map((b) => b.count),
                        colour: DIMENSION_COLOURS[key]!,
                        bars: true,
                      },
                    ]}
                    height={180}
                    table={
                      <DataTable columns={['Scores', 'Sessions']}>
                        {d.bins.map((b) => (
                          <tr key={b.from}>
                            <th scope="row">
                              {b.from}–{b.to}
                            </th>
                            <td>{b.count}</td>
                          </tr>
                        ))}
                      </DataTable>
                    }
                  />
                );
              })}
            </div>
          </section>

          <section aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">Alliance and outcome</h2>
            <div className="two-up">
              <OutcomeScatter cohort={cohort} key_="phq9" name="PHQ-9" />
              <OutcomeScatter cohort={cohort} key_="gad7" name="GAD-7" />
            </div>
          </section>

          <section aria-labelledby="engagement-heading">
            <h2 id="engagement-heading">Engagement over time</h2>
            <Chart
              testId="engagement-chart"
              title="Engagement by session number"
              summary={cohort.engagement
                .map(
                  (e) =>
                    `session ${e.sessionNumber}: ${e.participants} people, ${e.meanClientTurns} turns and ${e.meanWordsPerClientTurn} words a turn on average`,
                )
                .join('; ')}
              x={cohort.engagement.map((e) => e.sessionNumber)}
              xLabel="Session"
              yLabel="Mean per person"
              xIncrement={1}
              series={[
                {
                  label: 'Client turns',
                  values: cohort.engagement.map((e) => e.meanClientTurns),
                  colour: '#1f5f8b',
                },
                {
                  label: 'Words per turn',
                  values: cohort.engagement.map((e) => e.meanWordsPerClientTurn),
                  colour: '#a14e00',
                },
                {
                  label: 'People',
                  values: cohort.engagement.map((e) => e.participants),
                  colour: '#6d3591',
                  dash: [4, 4],
                },
              ]}
              height={240}
              table={
                <DataTable
                  columns={[
                    'Session',
                    'People',
                    'Mean client turns',
                    'Mean words per turn',
                    'Mean overall alliance',
                  ]}
                >
                  {cohort.engagement.map((e) => (
                    <tr key={e.sessionNumber}>
                      <th scope="row">{e.sessionNumber}</th>
                      <td>{e.participants}</td>
                      <td>{e.meanClientTurns}</td>
                      <td>{e.meanWordsPerClientTurn}</td>
                      <td>{score(e.meanOverall)}</td>
                    </tr>
                  ))}
                </DataTable>
              }
            />
          </section>
        </>
      ) : null}
    </Page>
  );
}
