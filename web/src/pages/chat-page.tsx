import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { api, ApiError, streamMessage } from '../api.ts';
import type { Conversation, CrisisResources, Overview, Safety, TurnAnswer } from '../api-types.ts';
import { ContactLink, CrisisResourceList, useCrisis } from '../components/crisis.tsx';
import { Notice, Page } from '../components/page.tsx';
import { Link } from '../router.tsx';
import { useCurrentConversation } from './use-conversation.ts';

interface ChatLine {
  key: string;
  from: 'client' | 'agent';
  text: string;
  /** The agent's reply still arriving. */
  streaming?: boolean;
}

let lineCounter = 0;
const lineKey = () => `line-${(lineCounter += 1)}`;

/**
 * The chat: the conversation with streamed replies, crisis resources in view whenever the safety
 * protocol is active, answer buttons when the agent asks a questionnaire item or a yes/no
 * question, and the person's goals and agreed next steps beside it.
 */
export function ChatPage(): ReactNode {
  const current = useCurrentConversation({ create: true });
  const crisis = useCrisis();
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [sessionOpen, setSessionOpen] = useState(true);
  const [crisisResources, setCrisisResources] = useState<CrisisResources | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const id = current.id;

  const showCrisis = useCallback(
    (safety: Safety) => {
      if (safety.crisisResources) {
        setCrisisResources(safety.crisisResources);
        crisis.use(safety.crisisResources);
      } else if (safety.crisisProtocolActive) {
        setCrisisResources(crisis.resources);
      }
    },
    [crisis],
  );

  const loadOverview = useCallback(async () => {
    if (!id) return;
    try {
      const next = await api<Overview>('GET', `/api/conversations/${id}/overview`);
      setOverview(next);
      if (next.crisisProtocolActive) setCrisisResources((shown) => shown ?? crisis.resources);
    } catch {
      // The side panel is a convenience; the chat works without it.
    }
  }, [id, crisis.resources]);

  const addAgent = useCallback(
    (answer: TurnAnswer) => {
      setLines((previous) => [
        ...previous,
        { key: lineKey(), from: 'agent', text: answer.reply.text },
      ]);
      setAnnouncement(`Alliance: ${answer.reply.text}`);
      showCrisis(answer.safety);
    },
    [showCrisis],
  );

  // Load the conversation; open a new session ("welcome back") when none is open.
  useEffect(() => {
    if (!id) return;
    let live = true;
    (async () => {
      if (current.opening) {
        setLines([]);
        addAgent(current.opening);
      } else {
        const conversation = await api<Conversation>('GET', `/api/conversations/${id}`);
        if (!live) return;
        setLines(
          conversation.messages.map((message) => ({
            key: lineKey(),
            from: message.from,
            text: message.text,
          })),
        );
        if (conversation.state.crisisProtocolActive) setCrisisResources(crisis.resources);
        if (!conversation.state.sessionOpen) {
          const welcome = await api<TurnAnswer>('POST', `/api/conversations/${id}/sessions`);
          if (live) addAgent(welcome);
        }
      }
      if (live) {
        setSessionOpen(true);
        await loadOverview();
        input.current?.focus();
      }
    })().catch(() => {
      if (live) setError('The conversation could not be loaded. Please reload the page.');
    });
    return () => {
      live = false;
    };
    // The conversation loads once per id; the other values are stable enough for that.
  }, [id]);

  // Keep the newest message in view: scroll to the end of the page, so the message box (which
  // sticks to the bottom of the screen) sits below the last reply rather than over it.
  useEffect(() => {
    window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [lines, crisisResources]);

  async function send(text: string) {
    const message = text.trim();
    if (!id || message === '' || busy) return;
    setBusy(true);
    setError(null);
    setDraft('');
    const agentKey = lineKey();
    setLines((previous) => [
      ...previous,
      { key: lineKey(), from: 'client', text: message },
      { key: agentKey, from: 'agent', text: '', streaming: true },
    ]);
    const update = (change: (line: ChatLine) => ChatLine) =>
      setLines((previous) => previous.map((line) => (line.key === agentKey ? change(line) : line)));
    try {
      await streamMessage<Safety, TurnAnswer>(id, message, {
        onSafety: ({ safety }) => showCrisis(safety),
        onDelta: (piece) => update((line) => ({ ...line, text: line.text + piece })),
        onDone: (answer) => {
          update((line) => ({ ...line, text: answer.reply.text, streaming: false }));
          setAnnouncement(`Alliance: ${answer.reply.text}`);
          showCrisis(answer.safety);
        },
      });
    } catch (caught) {
      setLines((previous) => previous.filter((line) => line.key !== agentKey));
      if (caught instanceof ApiError && caught.code === 'no_open_session') setSessionOpen(false);
      setError(
        caught instanceof ApiError
          ? caught.message
          : 'Your message could not be sent. Please try again.',
      );
      setDraft(message);
    } finally {
      setBusy(false);
      input.current?.focus();
      void loadOverview();
    }
  }

  async function endSession() {
    if (!id || busy) return;
    setBusy(true);
    try {
      addAgent(await api<TurnAnswer>('POST', `/api/conversations/${id}/end`));
      setSessionOpen(false);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Ending the session failed.');
    } finally {
      setBusy(false);
    }
  }

  async function startSession() {
    if (!id || busy) return;
    setBusy(true);
    try {
      addAgent(await api<TurnAnswer>('POST', `/api/conversations/${id}/sessions`));
      setSessionOpen(true);
      input.current?.focus();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Starting a session failed.');
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send(draft);
    }
  }

  const quickReplies = busy || !sessionOpen ? [] : (overview?.quickReplies ?? []);
  const goals = overview?.goals.filter((goal) => goal.status !== 'retired') ?? [];
  const steps = overview?.nextSteps ?? [];

  return (
    <Page title="Chat" className="wide" focusHeading={false} heading="Chat with Alliance">
      <div className="chat-layout">
        <section className="chat" aria-labelledby="chat-title">
          <h2 id="chat-title" className="visually-hidden">
            Conversation
          </h2>
          {crisisResources ? (
            <div className="crisis-banner" role="alert" aria-labelledby="crisis-banner-title">
              <h2 id="crisis-banner-title">Your safety comes first</h2>
              <CrisisResourceList resources={crisisResources} />
              <p>
                <Link to="/safety-plan">Open my safety plan</Link>
              </p>
            </div>
          ) : null}
          {current.error || (error && lines.length === 0) ? (
            <Notice kind="error">{current.error ?? error}</Notice>
          ) : null}
          <ol className="messages" aria-label="Messages">
            {lines.map((line) => (
              <li
                key={line.key}
                className={`message from-${line.from}`}
                aria-busy={line.streaming ? true : undefined}
              >
                <span className="visually-hidden">
                  {line.from === 'agent' ? 'Alliance said:' : 'You said:'}{' '}
                </span>
                <span className="bubble">
                  {line.text ||
                    (line.streaming ? <span className="typing">Alliance is writing…</span> : '')}
                </span>
              </li>
            ))}
          </ol>
          <div className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>
          {current.loading ? <p role="status">Loading your conversation…</p> : null}
          <div className="composer-area">
            {crisisResources ? (
              <CrisisStrip resources={crisisResources} onMore={crisis.open} />
            ) : null}
            {error && lines.length > 0 ? <Notice kind="error">{error}</Notice> : null}
            {quickReplies.length > 0 ? (
              <div className="quick-replies" role="group" aria-label="Suggested answers">
                {quickReplies.map((reply) => (
                  <button
                    key={reply.label}
                    type="button"
                    className="button small"
                    onClick={() => void send(reply.text)}
                  >
                    {reply.label}
                  </button>
                ))}
              </div>
            ) : null}
            {sessionOpen ? (
              <form
                className="composer"
                onSubmit={(event: FormEvent) => {
                  event.preventDefault();
                  void send(draft);
                }}
              >
                <label htmlFor="message">Your message</label>
                <p id="message-hint" className="visually-hidden">
                  Enter sends; Shift and Enter start a new line.
                </p>
                <div className="composer-row">
                  <textarea
                    id="message"
                    ref={input}
                    rows={2}
                    maxLength={8000}
                    value={draft}
                    aria-describedby="message-hint"
                    onChange={(event) => setDraft(event.target.value)}
                    onKeyDown={onKeyDown}
                    disabled={!id}
                  />
                  <button type="submit" className="button primary" disabled={busy || !id}>
                    Send
                  </button>
                </div>
              </form>
            ) : (
              <div className="card session-closed">
                <p>This session has ended.</p>
                <button
                  type="button"
                  className="button primary"
                  onClick={() => void startSession()}
                >
                  Start a new session
                </button>
              </div>
            )}
          </div>
        </section>
        <aside className="chat-side" aria-label="Your goals and next steps">
          <section className="card">
            <h2>Your goals</h2>
            {goals.length > 0 ? (
              <ul className="goal-list">
                {goals.map((goal) => (
                  <li key={goal.text}>
                    <span>{goal.text}</span>
                    {goal.status !== 'active' ? <span className="tag"> {goal.status}</span> : null}
                    {goal.firstSign ? (
                      <span className="muted small"> First sign of progress: {goal.firstSign}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None yet. Alliance will ask what you would like to work on.</p>
            )}
          </section>
          <section className="card">
            <h2>Agreed next steps</h2>
            {steps.length > 0 ? (
              <ul className="goal-list">
                {steps.map((step) => (
                  <li key={`${step.title}|${step.when ?? ''}|${step.detail ?? ''}`}>
                    <span>{step.title}</span>
                    {step.detail || step.when ? (
                      <span className="muted small">
                        {' '}
                        {[step.detail, step.when].filter(Boolean).join(', ')}
                      </span>
                    ) : null}
                    {step.outcome ? <span className="tag"> {step.outcome}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None yet.</p>
            )}
          </section>
          <section className="card">
            <h2>More</h2>
            <ul className="plain">
              <li>
                <Link to="/safety-plan">My safety plan</Link>
              </li>
              <li>
                <Link to="/my-data">Download or delete my data</Link>
              </li>
            </ul>
            {sessionOpen ? (
              <button
                type="button"
                className="button"
                onClick={() => void endSession()}
                disabled={busy}
              >
                End today’s session
              </button>
            ) : null}
          </section>
        </aside>
      </div>
    </Page>
  );
}

/**
 * While the safety protocol is active, the emergency number and the first crisis line stay beside
 * the message box, however far the conversation has scrolled from the full list above it.
 */
function CrisisStrip(props: { resources: CrisisResources; onMore(): void }): ReactNode {
  const { resources } = props;
  const line = resources.lines[0];
  return (
    <div className="crisis-strip">
      <span>
        In danger: call{' '}
        <strong>
          {/\d/u.test(resources.emergency) ? (
            <ContactLink contact={resources.emergency} />
          ) : (
            resources.emergency
          )}
        </strong>
        {line ? (
          <>
            {' '}
            · {line.name.replace(/\s*\(.*\)$/u, '')}{' '}
            <strong>
              <ContactLink contact={line.contact} />
            </strong>
          </>
        ) : null}
      </span>
      <button type="button" className="link-button" onClick={props.onMore}>
        All crisis lines
      </button>
    </div>
  );
}
