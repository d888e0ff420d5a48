import type { ReactNode } from 'react';
import { when } from './format.ts';
import { DataTable } from './data-table.tsx';
import type { Rupture, SessionFigures } from './staff-types.ts';

const WIDTH = 900;
const LANES = { withdrawal: 40, confrontation: 86 } as const;
const HEIGHT = 130;
const LEFT = 110;

/** Where in the drawing a moment of a session falls: sessions side by side, time within each. */
function position(
  sessions: (SessionFigures & { index: number })[],
  index: number,
  at: string | null,
): number {
  const span = (WIDTH - LEFT - 10) / Math.max(1, sessions.length);
  const session = sessions.find((s) => s.index === index);
  let fraction = 0.5;
  if (session && at) {
    const start = Date.parse(session.startedAt);
    const end = Date.parse(session.endedAt ?? at);
    fraction = end > start ? (Date.parse(at) - start) / (end - start) : 0.5;
  }
  return LEFT + span * (index - 1) + span * (0.06 + 0.88 * Math.max(0, Math.min(1, fraction)));
}

/**
 * Ruptures on a timeline of the sessions: withdrawal and confrontation in their own lanes, each
 * joined to its repair (✓ repaired, ✕ not repaired) or left open. The table below says the same.
 */
export function RuptureTimeline(props: {
  sessions: (SessionFigures & { index: number })[];
  ruptures: (Rupture & { index: number })[];
}): ReactNode {
  const { sessions, ruptures } = props;
  const repaired = ruptures.filter((r) => r.outcome === 'repaired').length;
  const unresolved = ruptures.filter((r) => r.outcome === 'unresolved').length;
  const open = ruptures.length - repaired - unresolved;
  const summary =
    ruptures.length === 0
      ? 'No rupture was detected in any session.'
      : `${ruptures.length} rupture${ruptures.length === 1 ? '' : 's'} over ${sessions.length} sessions: ${repaired} repaired, ${unresolved} not repaired, ${open} still open.`;
  const span = (WIDTH - LEFT - 10) / Math.max(1, sessions.length);
  return (
    <figure className="chart" data-testid="rupture-timeline">
      <figcaption>
        <strong>Ruptures on a timeline of the sessions</strong>
        <span className="chart-summary" id="rupture-summary">
          {summary}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="timeline"
        role="img"
        aria-labelledby="rupture-summary"
      >
        {sessions.map((s) => (
          <g key={s.index}>
            <rect
              x={LEFT + span * (s.index - 1) + 2}
              y={18}
              width={span - 4}
              height={92}
              fill={s.index % 2 ? '#f3f6f8' : '#e8eef2'}
              rx={6}
            />
            <text
              x={LEFT + span * (s.index - 0.5)}
              y={126}
              textAnchor="middle"
              className="tl-label"
            >
              Session {s.index}
            </text>
          </g>
        ))}
        <text x={8} y={LANES.withdrawal + 4} className="tl-label">
          Withdrawal
        </text>
        <text x={8} y={LANES.confrontation + 4} className="tl-label">
          Confrontation
        </text>
        {ruptures.map((r) => {
          const y = LANES[r.kind as keyof typeof LANES] ?? LANES.withdrawal;
          const x0 = position(sessions, r.index, r.startedAt);
          const x1 = r.resolvedAt ? position(sessions, r.index, r.resolvedAt) : x0;
          const colour =
            r.outcome === 'repaired'
              ? '#2e6b30'
              : r.outcome === 'unresolved'
                ? '#b3261e'
                : '#a14e00';
          return (
            <g key={r.ruptureId}>
              {r.resolvedAt ? (
                <line
                  x1={x0}
                  y1={y}
                  x2={Math.max(x1, x0 + 8)}
                  y2={y}
                  stroke={colour}
                  strokeWidth={2}
                />
              ) : null}
              {r.kind === 'confrontation' ? (
                <rect
                  x={x0 - 5}
                  y={y - 5}
                  width={10}
                  height={10}
                  transform={`rotate(45 ${x0} ${y})`}
                  fill={r.outcome ? colour : '#fff'}
                  stroke={colour}
                  strokeWidth={2}
                />
              ) : (
                <circle
                  cx={x0}
                  cy={y}
                  r={5}
                  fill={r.outcome ? colour : '#fff'}
                  stroke={colour}
                  strokeWidth={2}
                />
              )}
              {r.resolvedAt ? (
                <text x={Math.max(x1, x0 + 8) + 3} y={y - 6} className="tl-mark" fill={colour}>
                  {r.outcome === 'repaired' ? '✓' : '✕'}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {ruptures.length > 0 ? (
        <details className="chart-data">
          <summary>Every rupture and its repair</summary>
          <DataTable columns={['Session', 'Kind', 'Started', 'Repair', 'Resolved']}>
            {ruptures.map((r) => (
              <tr key={r.ruptureId}>
                <th scope="row">{r.index}</th>
                <td>{r.kind}</td>
                <td>{when(r.startedAt)}</td>
                <td>
                  {r.outcome === 'repaired'
                    ? 'repaired'
                    : r.outcome === 'unresolved'
                      ? 'not repaired'
                      : 'open'}
                </td>
                <td>{when(r.resolvedAt)}</td>
              </tr>
            ))}
          </DataTable>
        </details>
      ) : null}
    </figure>
  );
}
