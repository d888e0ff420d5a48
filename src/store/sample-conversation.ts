/**
 * Test-only: one person ("Marguerite Okafor") with a conversation holding one event of every
 * type, stored through the store under test, for the store suites that look behind its back.
 */
import {
  sequentialIds,
  type ConversationSummary,
  type Person,
  type EventStore,
  type NewEvent,
} from '../core/index.ts';
import { sampleEvents, sensitiveStrings } from './sample-events.ts';

/** The stored sample conversation and the words that must never be found in clear. */
export interface SampleConversation {
  person: Person;
  conversation: ConversationSummary;
  events: NewEvent[];
  /** Strings with a space are the person's or agent's words; ids and enum values are not secret. */
  words: string[];
}

/**
 * Stores the sample person and conversation in `store`.
 * @example const { conversation, words } = await storeSampleConversation(store);
 */
export async function storeSampleConversation(store: EventStore): Promise<SampleConversation> {
  const person = await store.ensurePerson('Marguerite Okafor');
  const conversation = await store.createConversation(person.id);
  const events = sampleEvents({
    conversationId: conversation.id,
    ids: sequentialIds(),
    startAt: conversation.createdAt,
  });
  await store.append(conversation.id, events);
  const words = [
    'Marguerite Okafor',
    'marguerite okafor',
    ...events.flatMap(sensitiveStrings).filter((text) => text.includes(' ')),
  ];
  return { person, conversation, events, words };
}
