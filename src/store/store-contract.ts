import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  EVENT_TYPES,
  isAllianceError,
  randomIds,
  systemClock,
  type AllianceErrorCode,
  type ConversationSummary,
  type EventStore,
  type NewEvent,
  type StoredEvent,
} from '../core/index.ts';
import { sampleEvents } from './sample-events.ts';

/** Opens a fresh store for one contract test; `cleanup` runs after the suite has closed the store. */
export type OpenStoreForContract = () => Promise<{
  store: EventStore;
  cleanup?: () => Promise<void>;
}>;

/**
 * Registers the node:test suite every EventStore backend must pass. Tests use unique handles and
 * ids and only look at what they created, so a backend may share one database across tests.
 * @example runStoreContract('sqlite', async () => ({ store: await openSqliteStore({ path, keyring }) }))
 */
export function runStoreContract(name: string, open: OpenStoreForContract): void {
  describe(`${name}: EventStore contract`, () => {
    let store: EventStore;
    let cleanup: (() => Promise<void>) | undefined;
    // Random ids never collide, even across tests sharing a database.
    const ids = randomIds(systemClock);
    const handle = (base: string) => `${base} ${randomBytes(4).toString('hex')}`;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });

    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    async function newConversation(): Promise<ConversationSummary> {
      const person = await store.ensurePerson(handle('Sam'));
      return store.createConversation(person.id);
    }

    /** `count` messages one second apart, starting `offsetMs` after `from` (default: creation). */
    function events(
      conversation: ConversationSummary,
      count: number,
      offsetMs = 0,
      from = conversation.createdAt,
    ): NewEvent[] {
      return Array.from({ length: count }, (_, index) => ({
        id: ids.next('evt'),
        conversationId: conversation.id,
        sessionId: 'sess_contract',
        type: 'message.received' as const,
        at: plusMs(from, offsetMs + (index + 1) * 1000),
        payload: { text: `message ${index + 1}` },
      }));
    }

    const withSeq = (list: readonly NewEvent[], first: number): StoredEvent[] =>
      list.map((event, index) => ({ ...event, seq: first + index }));

    it('gives back every event type exactly as it was appended', async () => {
      const conversation = await newConversation();
      const appended = sampleEvents({
        conversationId: conversation.id,
        ids,
        startAt: conversation.createdAt,
      });
      assert.deepEqual(
        [...new Set(appended.map((event) => event.type))].sort(),
        [...EVENT_TYPES].sort(),
      );
      const stored = await store.append(conversation.id, appended);
      assert.deepEqual(stored, withSeq(appended, 1));
      assert.deepEqual(await store.readEvents(conversation.id), withSeq(appended, 1));
    });

    it('keeps a null session id and optional payload keys that were left out', async () => {
      const conversation = await newConversation();
      const appended: NewEvent[] = [
        {
          id: ids.next('evt'),
          conversationId: conversation.id,
          sessionId: null,
          type: 'profile.updated',
          at: conversation.createdAt,
          payload: { locale: 'fr-FR' },
        },
        {
          id: ids.next('evt'),
          conversationId: conversation.id,
          sessionId: null,
          type: 'measure.answered',
          at: conversation.createdAt,
          payload: {
            administrationId: 'adm_1',
            instrument: 'wai-sr',
            itemId: 'wai-sr-1',
            value: null,
          },
        },
      ];
      await store.append(conversation.id, appended);
      assert.deepEqual(await store.readEvents(conversation.id), withSeq(appended, 1));
    });

    it('numbers events 1, 2, 3… across batches and reads them in log order', async () => {
      const conversation = await newConversation();
      const first = events(conversation, 2);
      const second = events(conversation, 3, 10_000);
      assert.deepEqual(
        (await store.append(conversation.id, first)).map((event) => event.seq),
        [1, 2],
      );
      assert.deepEqual(
        (await store.append(conversation.id, second)).map((event) => event.seq),
        [3, 4, 5],
      );
      assert.deepEqual(await store.readEvents(conversation.id), withSeq([...first, ...second], 1));
      const summary = await store.getConversation(conversation.id);
      assert.equal(summary?.eventCount, 5);
      assert.equal(summary?.updatedAt, second.at(-1)?.at);
      assert.equal(summary?.createdAt, conversation.createdAt);
    });

    it('starts a conversation empty, with updatedAt equal to createdAt', async () => {
      const conversation = await newConversation();
      assert.equal(conversation.eventCount, 0);
      assert.equal(conversation.updatedAt, conversation.createdAt);
      assert.deepEqual(await store.getConversation(conversation.id), conversation);
      assert.deepEqual(await store.readEvents(conversation.id), []);
      assert.deepEqual(await store.append(conversation.id, []), []);
    });

    it('a batch that fails leaves nothing behind', async () => {
      const conversation = await newConversation();
      const [kept] = events(conversation, 1);
      assert.ok(kept);
      await store.append(conversation.id, [kept]);
      const batch = [...events(conversation, 2, 5000), kept];
      await expectCode(store.append(conversation.id, batch), 'store_conflict');
      assert.deepEqual(await store.readEvents(conversation.id), withSeq([kept], 1));
      assert.equal((await store.getConversation(conversation.id))?.eventCount, 1);
      const next = events(conversation, 1, 9000);
      assert.deepEqual(await store.append(conversation.id, next), withSeq(next, 2));
    });

    it('refuses a batch that repeats an id within itself, whole', async () => {
      const conversation = await newConversation();
      const [one, two] = events(conversation, 2);
      assert.ok(one && two);
      await expectCode(
        store.append(conversation.id, [one, two, { ...one, at: two.at }]),
        'store_conflict',
      );
      assert.deepEqual(await store.readEvents(conversation.id), []);
    });

    it('appends when expectedLastSeq matches and conflicts, writing nothing, when it does not', async () => {
      const conversation = await newConversation();
      const first = events(conversation, 2);
      await store.append(conversation.id, first, { expectedLastSeq: 0 });
      const late = events(conversation, 1, 5000);
      await expectCode(
        store.append(conversation.id, late, { expectedLastSeq: 1 }),
        'store_conflict',
      );
      assert.equal((await store.readEvents(conversation.id)).length, 2);
      assert.deepEqual(
        await store.append(conversation.id, late, { expectedLastSeq: 2 }),
        withSeq(late, 3),
      );
    });

    it('reads only events after afterSeq, and only the requested types, in log order', async () => {
      const conversation = await newConversation();
      const appended = sampleEvents({
        conversationId: conversation.id,
        ids,
        startAt: conversation.createdAt,
      });
      const stored = await store.append(conversation.id, appended);
      assert.deepEqual(
        await store.readEvents(conversation.id, { afterSeq: 3 }),
        stored.filter((event) => event.seq > 3),
      );
      assert.deepEqual(await store.readEvents(conversation.id, { afterSeq: stored.length }), []);
      const types = ['agent.move', 'message.received'] as const;
      assert.deepEqual(
        await store.readEvents(conversation.id, { types }),
        stored.filter((event) => (types as readonly string[]).includes(event.type)),
      );
      assert.deepEqual(
        await store.readEvents(conversation.id, { afterSeq: 2, types }),
        stored.filter(
          (event) => event.seq > 2 && (types as readonly string[]).includes(event.type),
        ),
      );
      assert.deepEqual(await store.readEvents(conversation.id, { types: [] }), []);
    });

    it('reports an unknown conversation instead of inventing one', async () => {
      const conversation = await newConversation();
      const missing = ids.next('conv');
      const stray = events({ ...conversation, id: missing }, 1);
      await expectCode(store.append(missing, stray), 'conversation_not_found');
      await expectCode(store.readEvents(missing), 'conversation_not_found');
      assert.equal(await store.getConversation(missing), undefined);
      assert.equal(
        (await store.listConversations()).some((summary) => summary.id === missing),
        false,
      );
    });

    it('refuses events addressed to another conversation and writes nothing', async () => {
      const conversation = await newConversation();
      const other = await newConversation();
      await assert.rejects(store.append(conversation.id, events(other, 1)), isAllianceError);
      assert.deepEqual(await store.readEvents(conversation.id), []);
    });

    it('finds a person by handle regardless of case and surrounding spaces, creating them once', async () => {
      const given = handle('Zoë Ångström');
      assert.equal(await store.findPerson(given), undefined);
      const created = await store.ensurePerson(given);
      assert.equal(created.handle, given);
      const again = await store.ensurePerson(`  ${given.toUpperCase()}  `);
      assert.deepEqual(again, created);
      assert.deepEqual(await store.findPerson(given.toLowerCase()), created);
      const someoneElse = await store.ensurePerson(handle('Zoë Ångström'));
      assert.notEqual(someoneElse.id, created.id);
      await expectCode(store.ensurePerson('   '), 'usage');
    });

    it('refuses a conversation for a person who does not exist', async () => {
      await expectCode(store.createConversation(ids.next('person')), 'person_not_found');
    });

    it('latestConversation picks the most recently active, not the newest', async () => {
      const person = await store.ensurePerson(handle('Ana'));
      assert.equal(await store.latestConversation(person.id), undefined);
      const older = await store.createConversation(person.id);
      const newer = await store.createConversation(person.id);
      assert.equal((await store.latestConversation(person.id))?.id, newer.id);
      await store.append(older.id, events(older, 1, 60_000, newer.createdAt));
      const latest = await store.latestConversation(person.id);
      assert.equal(latest?.id, older.id);
      assert.equal(latest?.eventCount, 1);
      const stranger = await store.ensurePerson(handle('Bo'));
      assert.equal(await store.latestConversation(stranger.id), undefined);
    });

    it('lists conversations most recently active first', async () => {
      const person = await store.ensurePerson(handle('Kai'));
      const made = [
        await store.createConversation(person.id),
        await store.createConversation(person.id),
        await store.createConversation(person.id),
      ];
      const newest = made
        .map((summary) => summary.createdAt)
        .sort()
        .at(-1) as string;
      const [a, b, c] = made as [ConversationSummary, ConversationSummary, ConversationSummary];
      await store.append(b.id, events(b, 1, 10_000, newest));
      await store.append(c.id, events(c, 1, 20_000, newest));
      await store.append(a.id, events(a, 1, 30_000, newest));
      const mine = new Set(made.map((summary) => summary.id));
      const listed = (await store.listConversations()).filter((summary) => mine.has(summary.id));
      assert.deepEqual(
        listed.map((summary) => summary.id),
        [a.id, c.id, b.id],
      );
      assert.ok(listed.every((summary) => summary.personId === person.id));
    });

    it('runs work under the conversation lock, passing its result or its error through', async () => {
      const conversation = await newConversation();
      assert.equal(await store.withConversationLock(conversation.id, async () => 42), 42);
      await assert.rejects(
        store.withConversationLock(conversation.id, async () => {
          throw new Error('the turn failed');
        }),
        /the turn failed/,
      );
      // Released after the failure, re-entrant inside, and the store works under it.
      const stored = await store.withConversationLock(conversation.id, () =>
        store.withConversationLock(conversation.id, () =>
          store.append(conversation.id, events(conversation, 1)),
        ),
      );
      assert.deepEqual(
        stored.map((event) => event.seq),
        [1],
      );
    });

    it('keeps unicode, emoji and very long texts exact', async () => {
      const conversation = await newConversation();
      const long = 'Je n’arrive plus à dormir 😔 — ' + 'ça tourne en boucle. '.repeat(400);
      const texts = [
        'I feel 😶‍🌫️ and 🫠 today, 𝒽𝑜𝓃𝑒𝓈𝓉𝓁𝓎',
        'مرحبا، أشعر بالقلق — 不安です — Ünïcödé e\u0301',
        'line one\nline two\ttabbed "quoted" \\ back\\slash',
        long.slice(0, 8000),
      ];
      assert.equal(texts[3]?.length, 8000);
      const appended = texts.map((text, index) => ({
        id: ids.next('evt'),
        conversationId: conversation.id,
        sessionId: null,
        type: 'message.received' as const,
        at: plusMs(conversation.createdAt, index),
        payload: { text },
      }));
      await store.append(conversation.id, appended);
      assert.deepEqual(await store.readEvents(conversation.id), withSeq(appended, 1));
      const emojiHandle = handle('🌱 Noor');
      const person = await store.ensurePerson(emojiHandle);
      assert.equal((await store.findPerson(emojiHandle.toUpperCase()))?.handle, emojiHandle);
      assert.equal(person.handle, emojiHandle);
    });
  });
}

function plusMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

async function expectCode(promise: Promise<unknown>, code: AllianceErrorCode): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isAllianceError(error), `expected AllianceError ${code}, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}
