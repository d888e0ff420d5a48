import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice, Page } from '../components/page.tsx';
import { Link } from '../router.tsx';
import { when } from './format.ts';
import type { Acknowledgement, AlertEntry } from './staff-types.ts';
import { DataTable } from './data-table.tsx';
import './staff.css';

/** Safety alerts of the clinician's clients: each stays here until a clinician acknowledges it. */
export function AlertsPage(): ReactNode {
  const [alerts, setAlerts] = useState<AlertEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => {
    api<{ alerts: AlertEntry[] }>('GET', '/api/clinician/alerts?status=all')
      .then((answer) => setAlerts(answer.alerts))
      .catch((reason: unknown) =>
        setError(reason instanceof ApiError ? reason.message : 'The alerts could not be loaded.'),
      );
  }, []);
  useEffect(load, [load]);

  const acknowledge = async (alert: AlertEntry) => {
    setBusy(alert.alertId);
    setError(null);
    try {
      const answer = await api<{ alertId: string; acknowledged: Acknowledgement }>(
        'POST',
        `/api/clinician/alerts/${encodeURIComponent(alert.alertId)}/acknowledge`,
      );
      setStatus(
        `Acknowledged the ${alert.level} alert about ${alert.clientName ?? 'the client'} at ${when(answer.acknowledged.at)}.`,
      );
      load();
    } catch (reason) {
      setError(
        reason instanceof ApiError ? reason.message : 'The alert could not be acknowledged.',
      );
      load();
    } finally {
      setBusy(null);
    }
  };

  const open = alerts?.filter((alert) => !alert.acknowledged) ?? [];
  const done = alerts?.filter((alert) => alert.acknowledged) ?? [];
  return (
    <Page title="Safety alerts" className="wide staff">
      <p className="lead">
        An alert is raised when a client’s message or questionnaire answer shows risk. The agent
        answered the client with its crisis protocol at the time; please review each alert and
        acknowledge it.
      </p>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {status ? <Notice kind="status">{status}</Notice> : null}
      {alerts === null && !error ? <p role="status">Loading alerts…</p> : null}
      {alerts ? (
        <>
          <h2>To acknowledge ({open.length})</h2>
          {open.length === 0 ? <p>No alert is waiting for you.</p> : null}
          <ul className="alert-list">
            {open.map((alert) => (
              <li key={alert.alertId} className={`alert-card level-${alert.level}`}>
                <h3>
                  <span className="badge danger">{alert.level}</span>{' '}
                  <Link to={`/staff/clients/${alert.clientId}`}>
                    {alert.clientName ?? 'Unnamed client'}
                  </Link>
                </h3>
                <p>
                  Raised {when(alert.at)} · {alert.categories.join(', ') || 'no category'}
                </p>
                <button
                  type="button"
                  className="button primary"
                  disabled={busy === alert.alertId}
                  onClick={() => void acknowledge(alert)}
                  aria-label={`Acknowledge the ${alert.level} alert about ${alert.clientName ?? 'the client'}, raised ${when(alert.at)}`}
                >
                  {busy === alert.alertId ? 'Acknowledging…' : 'Acknowledge'}
                </button>
              </li>
            ))}
          </ul>
          <h2>Acknowledged ({done.length})</h2>
          {done.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <div className="table-scroll">
              <DataTable
                columns={['Client', 'Level', 'Categories', 'Raised', 'Acknowledged by', 'At']}
                caption="Acknowledged alerts"
              >
                {done.map((alert) => (
                  <tr key={alert.alertId}>
                    <th scope="row">
                      <Link to={`/staff/clients/${alert.clientId}`}>
                        {alert.clientName ?? 'Unnamed client'}
                      </Link>
                    </th>
                    <td>{alert.level}</td>
                    <td>{alert.categories.join(', ') || '—'}</td>
                    <td>{when(alert.at)}</td>
                    <td>{alert.acknowledged?.byName ?? alert.acknowledged?.by}</td>
                    <td>{when(alert.acknowledged?.at ?? null)}</td>
                  </tr>
                ))}
              </DataTable>
            </div>
          )}
        </>
      ) : null}
    </Page>
  );
}
