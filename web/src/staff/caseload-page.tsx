import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice, Page } from '../components/page.tsx';
import { Link } from '../router.tsx';
import {
  changeShort,
  changeSymbol,
  changeWords,
  riskRank,
  riskWords,
  score,
  when,
} from './format.ts';
import { DIMENSIONS, type CaseloadEntry, type OutcomeTrend } from './staff-types.ts';
import './staff.css';

type SortKey =
  | 'name'
  | 'lastActive'
  | 'overall'
  | (typeof DIMENSIONS)[number]
  | 'ruptures'
  | 'risk'
  | 'alerts'
  | 'phq9'
  | 'gad7';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Client' },
  { key: 'lastActive', label: 'Last active' },
  { key: 'goal', label: 'Goal' },
  { key: 'task', label: 'Task' },
  { key: 'bond', label: 'Bond' },
  { key: 'engagement', label: 'Engagement' },
  { key: 'overall', label: 'Overall' },
  { key: 'ruptures', label: 'Open ruptures' },
  { key: 'risk', label: 'Highest risk' },
  { key: 'alerts', label: 'Open alerts' },
  { key: 'phq9', label: 'PHQ-9' },
  { key: 'gad7', label: 'GAD-7' },
];

function sortValue(entry: CaseloadEntry, key: SortKey): number | string {
  switch (key) {
    case 'name':
      return (entry.displayName ?? '').toLowerCase();
    case 'lastActive':
      return entry.lastActive ?? '';
    case 'ruptures':
      return entry.openRuptures;
    case 'risk':
      return riskRank(entry.highestRisk) + (entry.crisisProtocolActive ? 10 : 0);
    case 'alerts':
      return entry.unacknowledgedAlerts;
    case 'phq9':
    case 'gad7':
      return entry.outcomes[key]?.latest ?? -1;
    default:
      return entry.latestDta?.[key] ?? -1;
  }
}

/** A 0–100 score with a bar, so a column can be read at a glance. */
export function ScoreCell(props: { value: number | null | undefined }): ReactNode {
  const value = props.value ?? null;
  return (
    <td className="score-cell">
      {value === null ? (
        '—'
      ) : (
        <>
          <span className="score-number">{score(value)}</span>
          <span className="score-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
          </span>
        </>
      )}
    </td>
  );
}

function OutcomeCell(props: { trend: OutcomeTrend | null }): ReactNode {
  const { trend } = props;
  if (!trend) return <td className="muted">not taken</td>;
  const direction = trend.change?.direction ?? 'none';
  return (
    <td className={`outcome outcome-${direction}`}>
      <span aria-hidden="true">{changeSymbol(trend.change)} </span>
      <strong>{trend.latest}</strong> {trend.latestBand ? <span>{trend.latestBand}</span> : null}
      <span className="small block" title={changeWords(trend.change)}>
        {changeShort(trend.change)}
      </span>
    </td>
  );
}

/** The clinician's caseload: every assigned client on one line, sortable and filterable. */
export function CaseloadPage(): ReactNode {
  const [clients, setClients] = useState<CaseloadEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'alerts',
    ascending: false,
  });
  const [search, setSearch] = useState('');
  const [onlyAlerts, setOnlyAlerts] = useState(false);
  const [onlyRuptures, setOnlyRuptures] = useState(false);
  const [outcome, setOutcome] = useState<
    'any' | 'improved' | 'deteriorated' | 'no_reliable_change'
  >('any');

  useEffect(() => {
    api<{ clients: CaseloadEntry[] }>('GET', '/api/clinician/clients')
      .then((answer) => setClients(answer.clients))
      .catch((reason: unknown) =>
        setError(reason instanceof ApiError ? reason.message : 'The caseload could not be loaded.'),
      );
  }, []);

  const shown = useMemo(() => {
    if (!clients) return [];
    const needle = search.trim().toLowerCase();
    return clients
      .filter((c) => !needle || (c.displayName ?? '').toLowerCase().includes(needle))
      .filter((c) => !onlyAlerts || c.unacknowledgedAlerts > 0)
      .filter((c) => !onlyRuptures || c.openRuptures > 0)
      .filter(
        (c) =>
          outcome === 'any' ||
          c.outcomes.phq9?.change?.direction === outcome ||
          c.outcomes.gad7?.change?.direction === outcome,
      )
      .sort((a, b) => {
        const x = sortValue(a, sort.key);
        const y = sortValue(b, sort.key);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return sort.ascending ? order : -order;
      });
  }, [clients, search, onlyAlerts, onlyRuptures, outcome, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, ascending: !current.ascending }
        : { key, ascending: key === 'name' },
    );

  const totalAlerts = clients?.reduce((sum, c) => sum + c.unacknowledgedAlerts, 0) ?? 0;

  return (
    <Page title="Caseload" className="wide staff">
      {error ? <Notice kind="error">{error}</Notice> : null}
      {clients === null && !error ? <p role="status">Loading the caseload…</p> : null}
      {clients ? (
        <>
          <p className="lead">
            {clients.length} client{clients.length === 1 ? '' : 's'} assigned to you.{' '}
            {totalAlerts > 0 ? (
              <Link to="/staff/alerts" className="alert-link">
                {totalAlerts} safety alert{totalAlerts === 1 ? '' : 's'} to acknowledge
              </Link>
            ) : (
              'No safety alert is waiting.'
            )}
          </p>
          <form className="filters" onSubmit={(event) => event.preventDefault()}>
            <div className="field">
              <label htmlFor="caseload-search">Find a client</label>
              <input
                id="caseload-search"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="caseload-outcome">Outcome change</label>
              <select
                id="caseload-outcome"
                value={outcome}
                onChange={(event) => setOutcome(event.target.value as typeof outcome)}
              >
                <option value="any">Any</option>
                <option value="improved">Reliably improved</option>
                <option value="deteriorated">Reliably deteriorated</option>
                <option value="no_reliable_change">No reliable change</option>
              </select>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyAlerts}
                onChange={(event) => setOnlyAlerts(event.target.checked)}
              />
              Only clients with alerts to acknowledge
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyRuptures}
                onChange={(event) => setOnlyRuptures(event.target.checked)}
              />
              Only clients with open ruptures
            </label>
          </form>
          <p className="small muted" role="status">
            Showing {shown.length} of {clients.length}. Alliance scores are the DTA index of each
            client’s latest session (0–100); PHQ-9 and GAD-7 show the latest total and the change
            since the first (▼ reliable improvement, ▲ reliable deterioration).
          </p>
          <div className="table-scroll">
            <table className="data-table caseload">
              <caption className="visually-hidden">
                Assigned clients, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label}{' '}
                {sort.ascending ? 'ascending' : 'descending'}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={
                        sort.key === column.key
                          ? sort.ascending
                            ? 'ascending'
                            : 'descending'
                          : 'none'
                      }
                    >
                      <button type="button" className="sort" onClick={() => toggle(column.key)}>
                        {column.label}
                        <span aria-hidden="true">
                          {sort.key === column.key ? (sort.ascending ? ' ↑' : ' ↓') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((client) => (
                  <tr key={client.id} className={client.unacknowledgedAlerts > 0 ? 'flagged' : ''}>
                    <th scope="row">
                      <Link to={`/staff/clients/${client.id}`}>
                        {client.displayName ?? 'Unnamed client'}
                      </Link>
                      <span className="small block muted">
                        {client.sessions} session{client.sessions === 1 ? '' : 's'}
                      </span>
                    </th>
                    <td>{when(client.lastActive)}</td>
                    {DIMENSIONS.map((dimension) => (
                      <ScoreCell key={dimension} value={client.latestDta?.[dimension]} />
                    ))}
                    <ScoreCell value={client.latestDta?.overall} />
                    <td className={client.openRuptures > 0 ? 'warn' : ''}>{client.openRuptures}</td>
                    <td className={`risk risk-${client.highestRisk}`}>
                      {riskWords(client.highestRisk)}
                      {client.crisisProtocolActive ? (
                        <span className="badge danger block">crisis protocol on</span>
                      ) : null}
                    </td>
                    <td>
                      {client.unacknowledgedAlerts > 0 ? (
                        <span className="badge danger">{client.unacknowledgedAlerts}</span>
                      ) : (
                        <span className="muted">0 of {client.alerts}</span>
                      )}
                    </td>
                    <OutcomeCell trend={client.outcomes.phq9} />
                    <OutcomeCell trend={client.outcomes.gad7} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Page>
  );
}
