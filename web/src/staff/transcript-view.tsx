import { useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { Notice } from '../components/page.tsx';
import { when } from './format.ts';
import type { Transcript, Turn } from './staff-types.ts';

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
  const turns =
    transcript.conversations
      .find((c) => c.id === conversationId)
      ?.turns.filter((t) => String(t.sessionNumber) === number) ?? [];
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
      <p className="small muted">
        Annotations are the nlu models’ reading (the same as <code>alliance annotate</code>), not a
        clinician’s judgement.
      </p>
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
                <p>{turn.text}</p>
              </div>
              <Annotations turn={turn} />
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
