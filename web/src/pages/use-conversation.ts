import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import type { ConversationList, TurnAnswer } from '../api-types.ts';

/** The person's conversation: the most recent one, or a new one when asked to create it. */
export interface CurrentConversation {
  id: string | null;
  loading: boolean;
  error: string | null;
  /** The agent's opening when the conversation was just created. */
  opening: TurnAnswer | null;
}

// One lookup at a time, shared by the pages that need it, so two effects never create two.
let pending: Promise<{ id: string | null; opening: TurnAnswer | null }> | null = null;

async function findOrCreate(create: boolean) {
  const list = await api<ConversationList>('GET', '/api/conversations');
  const latest = [...list.conversations].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  if (latest) return { id: latest.id, opening: null };
  if (!create) return { id: null, opening: null };
  const locale = navigator.language;
  const created = await api<TurnAnswer & { id: string }>(
    'POST',
    '/api/conversations',
    /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/u.test(locale) ? { locale } : {},
  );
  return { id: created.id, opening: created };
}

/** Finds (or with `create`, starts) the signed-in person's conversation. */
export function useCurrentConversation(options: { create: boolean }): CurrentConversation {
  const [state, setState] = useState<CurrentConversation>({
    id: null,
    loading: true,
    error: null,
    opening: null,
  });
  useEffect(() => {
    let live = true;
    pending ??= findOrCreate(options.create).finally(() => {
      pending = null;
    });
    pending
      .then((found) => {
        if (live) setState({ ...found, loading: false, error: null });
      })
      .catch(() => {
        if (live)
          setState({
            id: null,
            loading: false,
            error: 'Your conversation could not be loaded.',
            opening: null,
          });
      });
    return () => {
      live = false;
    };
  }, [options.create]);
  return state;
}
