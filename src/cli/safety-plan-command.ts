import { createConversationEngine, defaultStages } from '../agent/index.ts';
import { AllianceError, randomIds, systemClock } from '../core/index.ts';
import { loadCrisisResources } from '../safety/index.ts';
import { LOCAL_PERSON } from './chat-command.ts';
import type { CliIo } from './cli-io.ts';
import { localeFromEnvironment } from './locale.ts';
import { openStoreAt } from './open-store.ts';

/**
 * `alliance safety-plan`: prints the person's safety plan from their latest conversation, with
 * the crisis lines of their locale: one command away, as the protocol promises.
 */
export async function safetyPlanCommand(
  options: { db: string; name?: string; crisisResources?: string },
  io: CliIo,
): Promise<number> {
  const resources = loadCrisisResources(
    options.crisisResources ?? io.env.ALLIANCE_CRISIS_RESOURCES,
  );
  const store = await openStoreAt(options.db, 'existing', io.env, io.error);
  try {
    const person = await store.findPerson(options.name ?? LOCAL_PERSON);
    const conversation = person && (await store.latestConversation(person.id));
    if (!conversation) {
      throw new AllianceError(
        'person_not_found',
        `No conversation for ${options.name ? `"${options.name}"` : 'this terminal'} in ${options.db}.`,
        'Start one with `alliance chat`, or pass the --name you chat with.',
      );
    }
    const engine = createConversationEngine({
      store,
      ...defaultStages(),
      resources,
      clock: systemClock,
      ids: randomIds(systemClock),
      defaultLocale: localeFromEnvironment(io.env) ?? '',
    });
    io.out(await engine.safetyPlan(conversation.id));
    return 0;
  } finally {
    await store.close();
  }
}
