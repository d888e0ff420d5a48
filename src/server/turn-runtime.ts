import {
  createConversationEngine,
  defaultStages,
  type ConversationEngine,
  type PipelineStages,
} from '../agent/index.ts';
import {
  randomIds,
  systemClock,
  type Clock,
  type EventStore,
  type IdGenerator,
} from '../core/index.ts';
import type { InstrumentRegistry, ScheduleRule } from '../instruments/index.ts';
import { createAlertWebhook, type CrisisResourceDirectory } from '../safety/index.ts';

/** What a deployment configures about turns; the terminal chat and the server take the same. */
export interface TurnRuntimeOptions {
  store: EventStore;
  resources: CrisisResourceDirectory;
  /** Locale for crisis resources when a person's profile has none. */
  defaultLocale: string;
  instruments?: InstrumentRegistry;
  schedule?: readonly ScheduleRule[];
  /** Clinician alerts are POSTed here (signed with `secret` when given), and always logged. */
  alertWebhook?: { url: string; secret?: string };
  /** Replaces some of the default stages (e.g. an LLM responder); safety cannot be turned off. */
  stages?: Partial<PipelineStages>;
  clock?: Clock;
  ids?: IdGenerator;
  /** Conversations whose state is kept in memory (default DEFAULT_MAX_CACHED_CONVERSATIONS). */
  maxCachedConversations?: number;
  /**
   * Whether turns carry the session's engagement figures (`TurnResult.engagement`); default
   * false: neither the server nor the terminal chat reads them, and keeping each conversation's
   * session events in memory for them was about half of what the engine holds per conversation.
   */
  sessionFigures?: boolean;
}

/** The conversation engine with its alert delivery, ready for turns. */
export interface TurnRuntime {
  engine: ConversationEngine;
  /**
   * Waits up to `timeoutMs` for clinician alerts still being delivered and for their outcomes to
   * be logged; false when some were still under way.
   */
  drainAlerts(timeoutMs: number): Promise<boolean>;
}

/**
 * Wires the conversation engine the one way every entry point uses it: the default stages (safety
 * first), the crisis resources, questionnaires and the clinician alert webhook, whose delivery
 * outcomes are recorded in the conversation's log.
 * @example const { engine } = createTurnRuntime({ store, resources: loadCrisisResources(), defaultLocale: 'en-GB' })
 */
export function createTurnRuntime(options: TurnRuntimeOptions): TurnRuntime {
  const clock = options.clock ?? systemClock;
  const recordings: Promise<void>[] = [];
  const webhook = options.alertWebhook;
  const alerts = webhook
    ? createAlertWebhook({
        url: webhook.url,
        ...(webhook.secret ? { secret: webhook.secret } : {}),
        onOutcome: (outcome) => {
          recordings.push(
            engine.recordAlertDelivery(outcome).catch(() => {
              // The outcome cannot be logged (the store is gone); the alert itself is in the log.
            }),
          );
        },
      })
    : undefined;
  const stages: PipelineStages = { ...defaultStages(), ...options.stages };
  const engine = createConversationEngine({
    ...stages,
    ...(alerts ? { alerts } : {}),
    store: options.store,
    ...(options.instruments ? { instruments: options.instruments } : {}),
    ...(options.schedule ? { schedule: options.schedule } : {}),
    resources: options.resources,
    clock,
    ids: options.ids ?? randomIds(clock),
    defaultLocale: options.defaultLocale,
    ...(options.maxCachedConversations !== undefined
      ? { maxCachedConversations: options.maxCachedConversations }
      : {}),
    sessionFigures: options.sessionFigures ?? false,
  });
  return {
    engine,
    async drainAlerts(timeoutMs) {
      if (!alerts) return true;
      const drained = await Promise.race([
        alerts.drain().then(() => true),
        new Promise<false>((resolve) => setTimeout(resolve, timeoutMs, false).unref()),
      ]);
      await Promise.all(recordings);
      return drained;
    },
  };
}
