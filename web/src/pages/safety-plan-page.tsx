import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../api.ts';
import type { Overview } from '../api-types.ts';
import { CrisisResourceList, useCrisis } from '../components/crisis.tsx';
import { Notice, Page } from '../components/page.tsx';
import { Link } from '../router.tsx';
import { useCurrentConversation } from './use-conversation.ts';

/** The safety plan built together in the chat, with the crisis resources beneath it. */
export function SafetyPlanPage(): ReactNode {
  const { resources } = useCrisis();
  const conversation = useCurrentConversation({ create: false });
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!conversation.id) return;
    api<Overview>('GET', `/api/conversations/${conversation.id}/overview`)
      .then(setOverview)
      .catch(() => setError('Your safety plan could not be loaded.'));
  }, [conversation.id]);

  const sections = overview?.safetyPlan.filter((section) => section.items.length > 0) ?? [];
  return (
    <Page title="My safety plan">
      <p className="lead">
        A safety plan is a short list, in your own words, of what helps when things get hard. You
        build it with Alliance in the chat; it appears here.
      </p>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {sections.length > 0 ? (
        <ol className="plan">
          {sections.map((section) => (
            <li key={section.section} className="card">
              <h2>{section.title}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : conversation.loading ? (
        <p role="status">Loading…</p>
      ) : (
        <p className="card">
          Nothing here yet. You can start one in the <Link to="/chat">chat</Link>: Alliance offers
          to build it with you whenever things feel unsafe.
        </p>
      )}
      <section className="card crisis-card" aria-labelledby="plan-help">
        <h2 id="plan-help">If you need help now</h2>
        <CrisisResourceList resources={resources} />
      </section>
    </Page>
  );
}
