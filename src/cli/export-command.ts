import { AllianceError } from '../core/index.ts';
import type { CliIo } from './cli-io.ts';
import { openStoreAt } from './open-store.ts';

/**
 * `alliance export --conversation ID`: the conversation's events, decrypted, as JSON Lines on
 * standard output, in log order. The output holds the person's words in clear: it is for the
 * person themselves or an authorised export, and should be handled accordingly.
 */
export async function exportCommand(
  options: { db: string; conversation: string },
  io: CliIo,
): Promise<number> {
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  try {
    if (!(await store.getConversation(options.conversation))) {
      throw new AllianceError(
        'conversation_not_found',
        `No conversation with id ${options.conversation} in ${options.db}.`,
        'List conversations with `alliance history`.',
      );
    }
    for (const event of await store.readEvents(options.conversation)) io.out(JSON.stringify(event));
    return 0;
  } finally {
    await store.close();
  }
}
