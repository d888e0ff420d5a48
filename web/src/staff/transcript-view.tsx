import { useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice } from '../components/page.tsx';
import { when } from './format.ts';
import type { Transcript, Turn } from './staff-types.ts';

type Evidence = Turn['evidence'][number];

/** "+1.5" or "−2.5": the sign always shown, a true minus sign. */
function signed(weight: number): string {
  return weight > 0 ? `+${weight}` : `−${Math.abs(weight)}`;
}

/**
 * The turn's text with the words that carry a narrower piece of evidence marked (a marker's
 * sentence in a longer reply); evidence about the whole turn marks nothing.
 */
function TurnText(props: { text: string; evidence: Evidence[] }): ReactNode {
  const { text } = props;
  const ranges = props.evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .filter((e) => e.end - e.start < text.length)
    .map((e) => [e.start, e.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  if (merged.length === 0) return <p>{text}</p>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="evidence-span">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p>{parts}</p>;
}

/** What the turn did to the DTA index, each piece with its dimension, weight and reason. */
function EvidenceList(props: { evidence: Evidence[] }): ReactNode {
  if (props.evidence.length === 0) return null;
  return (
    <div className="evidence">
      <dt>Alliance</dt>
      <dd>
        <ul className="evidence-list">
          {props.evidence.map((e, i) => (
            <li key={i} className={e.weight > 0 ? 'evidence-for' : 'evidence-against'}>
              {e.dimension} {signed(e.weight)}{' '}
              <span className="muted">
                ({e.weight > 0 ? 'for' : 'against'}: {e.reason})
              </span>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

function Annotations(props: { turn: Turn }): ReactNode {
  const { annotations: a, speaker } = props.turn;
  const risky = a.risk.level !== 'none';
  return (
    <dl className="annotations">
      <div className={risky ? 'risk-flag' : ''}>
        <dt>Risk</dt>
        <dd>
          {a.risk.level}
          {a.risk.categories.length ? ` (${a.risk.categories.join(', ')})` : ''}
        </dd>
      </div>
      {speaker === 'agent' ? (
        <>
          {a.empathy ? (
            <div>
              <dt>Empathy</dt>
              <dd>
                reactions {a.empathy.emotional_reactions} · interpretations{' '}
                {a.empathy.interpretations} · explorations {a.empathy.explorations}
              </dd>
            </div>
          ) : null}
          {a.behaviour ? (
            <div>
              <dt>Behaviour</dt>
              <dd>
                {a.behaviour.replace('_', ' ')}
                {a.reflection ? ` (${a.reflection})` : ''}
                {a.question ? ` (${a.question})` : ''}
              </dd>
            </div>
          ) : null}
        </>
      ) : (
        <>
          {a.talkType ? (
            <div>
              <dt>Talk</dt>
              <dd className={`talk-${a.talkType}`}>{a.talkType}</dd>
            </div>
          ) : null}
          {a.markers.length ? (
            <div>
              <dt>Markers</dt>
              <dd>{a.markers.map((m) => m.replace('_', ' ')).join(', ')}</dd>
            </div>
          ) : null}
        </>
      )}
      <EvidenceList evidence={props.turn.evidence} />
    </dl>
  );
}

/**
 * The client's transcript, one session at a time, with the annotations of `alliance annotate`
 * beside each turn.
 */
export function TranscriptView(props: { clientId: string; sessions: number }): ReactNode {
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<string>('');
  const [strainOnly, setStrainOnly] = useState(false);

  useEffect(() => {
    api<Transcript>(
      'GET',
      `/api/clinician/clients/${encodeURIComponent(props.clientId)}/transcript`,
    )
      .then((answer) => {
        setTranscript(answer);
        const last = answer.conversations.at(-1);
        const lastSession = last?.turns.at(-1)?.sessionNumber;
        if (last && lastSession) setSession(`${last.id}:${lastSession}`);
      })
      .catch((reason: unknown) =>
        setError(
          reason instanceof ApiError ? reason.message : 'The transcript could not be loaded.',
        ),
      );
  }, [props.clientId]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!transcript) return <p role="status">Annotating the transcript…</p>;
  const options = transcript.conversations.flatMap((c, ci) =>
    [...new Set(c.turns.map((t) => t.sessionNumber))].map((n) => ({
      value: `${c.id}:${n}`,
      label:
        transcript.conversations.length > 1
          ? `Conversation ${ci + 1}, session ${n}`
          : `Session ${n}`,
    })),
  );
  const [conversationId, number] = session.split(':');
  const sessionTurns =
    transcript.conversations
      .find((c) => c.id === conversationId)
      ?.turns.filter((t) => String(t.sessionNumber) === number) ?? [];
  const turns = strainOnly
    ? sessionTurns.filter((t) => t.evidence.some((e) => e.weight < 0))
    : sessionTurns;
  return (
    <div className="transcript">
      <div className="field inline">
        <label htmlFor="transcript-session">Show session</label>
        <select
          id="transcript-session"
          value={session}
          onChange={(e) => setSession(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={strainOnly}
          onChange={(e) => setStrainOnly(e.target.checked)}
        />
        Only turns that count against the alliance
      </label>
      <p className="small muted">
        Annotations are the nlu models’ reading (the same as <code>alliance annotate</code>), not a
        clinician’s judgement. “Alliance” lists what each turn added to or took from the session’s
        DTA index; highlighted words are the sentence that carries it.
      </p>
      {strainOnly && turns.length === 0 ? (
        <p role="status">No turn in this session counts against the alliance.</p>
      ) : null}
      {/* Scrolls on its own so the charts above stay in reach; focusable for keyboard scrolling. */}
      <div
        className="transcript-scroll"
        tabIndex={0}
        role="region"
        aria-label="Transcript of the session"
      >
        <ol className="turns">
          {turns.map((turn) => (
            <li key={turn.seq} className={`turn turn-${turn.speaker}`}>
              <div className="turn-text">
                <p className="turn-meta small">
                  <strong>{turn.speaker === 'client' ? 'Client' : 'Agent'}</strong>
                  {turn.move ? ` · ${turn.move.replaceAll('_', ' ')}` : ''} · {when(turn.at)}
                </p>
                <TurnText text={turn.text} evidence={turn.evidence} />
              </div>
              <Annotations turn={turn} />
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
