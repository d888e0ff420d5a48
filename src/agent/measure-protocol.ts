import type { AllianceState } from '../alliance/index.ts';
import type { EventPayloads, MeasureAsk, MeasureReason } from '../core/index.ts';
import {
  answerableItems,
  itemScale,
  mapAnswerText,
  scoreResponse,
  type InstrumentDefinition,
  type InstrumentRegistry,
  type ScoreFlag,
  type ScoreResult,
} from '../instruments/index.ts';
import { answerOf } from '../safety/index.ts';
import type { IncomingMessage, MeasureView, Move } from './move.ts';

/** An event the questionnaire step wants recorded (ids and times are added by the engine). */
export type MeasureUpdate =
  | { type: 'measure.started'; payload: EventPayloads['measure.started'] }
  | { type: 'measure.asked'; payload: EventPayloads['measure.asked'] }
  | { type: 'measure.answered'; payload: EventPayloads['measure.answered'] }
  | { type: 'measure.completed'; payload: EventPayloads['measure.completed'] }
  | { type: 'measure.declined'; payload: EventPayloads['measure.declined'] };

/** What one questionnaire step decided. */
export interface MeasureStep {
  /** The next move; absent when the message is not about the questionnaire (the policy answers it). */
  move?: Move;
  updates: MeasureUpdate[];
  /** An item flag that hands over to the crisis protocol (PHQ-9 item 9 above 0). */
  handover?: ScoreFlag;
}

/** Ways of saying yes to an offer that a safety question would not take as a clear yes. */
const ACCEPT =
  /^(?:sure|ok(?:ay)?|fine|alright|all right|go on|go ahead|why not|let'?s do (?:it|that|this)|happy to|sounds good|i can do that)\b/iu;

/** How many times an item is asked again after answers that fit no option, before the questions pause. */
const MAX_RETRIES = 1;

/**
 * One step of a questionnaire in conversation. Reads the message against what the agent last
 * asked (an offer or an item), records the answer, and chooses the next item, a confirmation of a
 * vague answer, the result, or a stop that keeps the partial response.
 * @example measureStep(state, message, { registry, newId }).move?.kind // 'measure_item'
 */
export function measureStep(
  state: AllianceState,
  message: IncomingMessage,
  deps: {
    registry: InstrumentRegistry;
    newId: () => string;
    due?: readonly { instrument: string; reason: MeasureReason }[];
  },
): MeasureStep {
  const awaiting = state.measures.awaiting;
  if (!awaiting) return { updates: [] };
  if (awaiting.kind === 'offer') return answerOffer(state, message, awaiting, deps);

  const definition = deps.registry.get(awaiting.instrument);
  const open = state.measures.open;
  if (!open || open.administrationId !== awaiting.administrationId) return { updates: [] };
  const answers = { ...open.answers };
  const item = answerableItems(definition).find((i) => i.linkId === awaiting.itemId);
  if (!item) return { updates: [] };
  const mapped = mapAnswerText(definition, item.linkId, message.text);
  const updates: MeasureUpdate[] = [];
  const again = (retry: MeasureView['retry'], confirm?: number[]): MeasureStep => ({
    move: itemMove(definition, item.linkId, awaiting.administrationId, message, {
      ...(retry ? { retry } : {}),
      ...(confirm ? { confirm } : {}),
      retries: (awaiting.retries ?? 0) + (retry ? 1 : 0),
    }),
    updates,
  });

  switch (mapped.kind) {
    case 'ambiguous':
      return again(undefined, mapped.values);
    case 'stop':
      return stop(definition, open, answers, message, updates, 'measure_stopped');
    case 'skip':
      if (!definition.allowSkip) return again('no_skip');
      answers[item.linkId] = null;
      updates.push(answered(awaiting, null, message.text));
      break;
    case 'unmapped': {
      if ((awaiting.retries ?? 0) < MAX_RETRIES) {
        return again(/\d/u.test(message.text) ? 'out_of_range' : 'unmapped');
      }
      // Two answers that fit nothing: the person is probably talking about something else. The
      // questions pause (the answers so far are kept) and the policy answers the message.
      const stopped = stop(definition, open, answers, message, updates, 'measure_stopped');
      return { updates: stopped.updates };
    }
    case 'value':
      answers[item.linkId] = mapped.value;
      updates.push(answered(awaiting, mapped.value, message.text));
      break;
  }

  const score = scoreResponse(definition, answers);
  const handover = score.flags.find((flag) => flag.handover && flag.item === item.linkId);
  const next = answerableItems(definition).find((i) => !(i.linkId in answers));
  if (next && !handover) {
    updates.push(asked(awaiting.administrationId, definition.key, next.linkId));
    return {
      move: itemMove(definition, next.linkId, awaiting.administrationId, message, {}),
      updates,
    };
  }
  updates.push(completed(definition, open.administrationId, next ? 'stopped' : 'completed', score));
  if (handover) return { updates, handover };
  const following = (deps.due ?? []).find(
    (due) => due.instrument !== definition.key && due.reason !== 'session_end',
  );
  const nextDefinition = following ? deps.registry.get(following.instrument) : undefined;
  return {
    move: {
      kind: 'measure_result',
      message,
      measureView: {
        ...view(definition),
        result: resultView(definition, score),
        ...(nextDefinition
          ? {
              next: {
                instrument: nextDefinition.key,
                name: nextDefinition.name,
                items: answerableItems(nextDefinition).length,
              },
            }
          : {}),
      },
      ...(following && nextDefinition
        ? { measure: { kind: 'offer', instrument: nextDefinition.key, reason: following.reason } }
        : {}),
    },
    updates,
  };
}

/**
 * The move that offers an instrument. @example offerMove(PHQ9, 'intake', message).kind // 'offer_measure'
 */
export function offerMove(
  definition: InstrumentDefinition,
  reason: MeasureReason,
  message?: IncomingMessage,
): Move {
  return {
    kind: 'offer_measure',
    ...(message ? { message } : {}),
    measure: { kind: 'offer', instrument: definition.key, reason },
    measureView: {
      ...view(definition),
      offer: {
        items: answerableItems(definition).length,
        allowSkip: definition.allowSkip,
        construct: definition.construct,
      },
    },
  };
}

/**
 * Starts an administration at once (the person asked for it): the start event and the first item.
 */
export function startMeasure(
  definition: InstrumentDefinition,
  reason: MeasureReason,
  administrationId: string,
  message?: IncomingMessage,
): { move: Move; updates: MeasureUpdate[] } {
  const first = answerableItems(definition)[0];
  if (!first) throw new Error(`${definition.key} has no items`);
  return {
    move: itemMove(definition, first.linkId, administrationId, message, { preamble: true }),
    updates: [
      {
        type: 'measure.started',
        payload: {
          administrationId,
          instrument: definition.key,
          version: definition.questionnaire.version,
          reason,
        },
      },
      asked(administrationId, definition.key, first.linkId),
    ],
  };
}

/** Ends an open administration, keeping its answers (safety mode, session end, or a stop). */
export function stopOpenMeasure(
  state: AllianceState,
  registry: InstrumentRegistry,
): MeasureUpdate | undefined {
  const open = state.measures.open;
  if (!open) return undefined;
  const definition = registry.get(open.instrument);
  return completed(
    definition,
    open.administrationId,
    'stopped',
    scoreResponse(definition, open.answers),
  );
}

function answerOffer(
  state: AllianceState,
  message: IncomingMessage,
  offer: Extract<MeasureAsk, { kind: 'offer' }>,
  deps: { registry: InstrumentRegistry; newId: () => string },
): MeasureStep {
  const answer = ACCEPT.test(message.text.trim()) ? 'yes' : answerOf(message.text);
  const definition = deps.registry.get(offer.instrument);
  if (answer === 'yes') return startMeasure(definition, offer.reason, deps.newId(), message);
  if (answer === 'no') {
    return {
      move: { kind: 'measure_declined', message, measureView: view(definition) },
      updates: [
        { type: 'measure.declined', payload: { instrument: definition.key, reason: offer.reason } },
      ],
    };
  }
  // Neither yes nor no: the person has moved on, and the offer lapses without a record.
  return { updates: [] };
}

function stop(
  definition: InstrumentDefinition,
  open: NonNullable<AllianceState['measures']['open']>,
  answers: Record<string, number | null>,
  message: IncomingMessage,
  updates: MeasureUpdate[],
  kind: 'measure_stopped',
): MeasureStep {
  const score = scoreResponse(definition, answers);
  updates.push(completed(definition, open.administrationId, 'stopped', score));
  return {
    move: {
      kind,
      message,
      measureView: { ...view(definition), result: resultView(definition, score) },
    },
    updates,
  };
}

function itemMove(
  definition: InstrumentDefinition,
  linkId: string,
  administrationId: string,
  message: IncomingMessage | undefined,
  options: {
    preamble?: boolean;
    retry?: MeasureView['retry'];
    confirm?: number[];
    retries?: number;
  },
): Move {
  const items = answerableItems(definition);
  const index = items.findIndex((i) => i.linkId === linkId);
  const item = items[index]!;
  const scale = itemScale(item);
  const label = (value: number) => scale.options.find((o) => o.value === value)?.display;
  const choices = scale.options.map((o) => ({
    value: o.value,
    ...(o.display ? { label: o.display } : {}),
  }));
  return {
    kind: 'measure_item',
    ...(message ? { message } : {}),
    measure: {
      kind: 'item',
      administrationId,
      instrument: definition.key,
      itemId: linkId,
      ...(options.confirm ? { confirm: options.confirm } : {}),
      ...(options.retries ? { retries: options.retries } : {}),
    },
    measureView: {
      ...view(definition),
      ...(options.preamble && definition.preamble ? { preamble: definition.preamble } : {}),
      item: {
        number: index + 1,
        count: items.length,
        text: item.text ?? '',
        ...(definition.itemStem ? { stem: definition.itemStem } : {}),
        options: choices,
        range: { min: scale.min, max: scale.max, decimals: scale.decimals },
      },
      ...(options.confirm
        ? {
            confirm: options.confirm.map((value) => {
              const display = label(value);
              return { value, ...(display ? { label: display } : {}) };
            }),
          }
        : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    },
  };
}

function view(definition: InstrumentDefinition): MeasureView {
  return { name: definition.name, validated: definition.validated };
}

function resultView(definition: InstrumentDefinition, score: ScoreResult): MeasureView['result'] {
  return {
    total: score.total,
    range: score.range,
    band: score.band?.label ?? null,
    subscales: score.subscales.map((s) => ({ label: s.label, score: s.score })),
    flags: score.flags.map((f) => f.message),
    answered: score.answered,
    count: definition.scoring.items.length,
    prorated: score.prorated,
  };
}

function answered(
  ask: Extract<MeasureAsk, { kind: 'item' }>,
  value: number | null,
  text: string,
): MeasureUpdate {
  return {
    type: 'measure.answered',
    payload: {
      administrationId: ask.administrationId,
      instrument: ask.instrument,
      itemId: ask.itemId,
      value,
      text: text.slice(0, 500),
    },
  };
}

function asked(administrationId: string, instrument: string, itemId: string): MeasureUpdate {
  return { type: 'measure.asked', payload: { administrationId, instrument, itemId } };
}

function completed(
  definition: InstrumentDefinition,
  administrationId: string,
  status: 'completed' | 'stopped',
  score: ScoreResult,
): MeasureUpdate {
  return {
    type: 'measure.completed',
    payload: {
      administrationId,
      instrument: definition.key,
      version: definition.questionnaire.version,
      status,
      total: score.total,
      band: score.band?.code ?? null,
      subscales: Object.fromEntries(score.subscales.map((s) => [s.key, s.score])),
      flags: score.flags.map((f) => f.code),
    },
  };
}
