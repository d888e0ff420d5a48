import {
  PERSONAS,
  simulatePersona,
  type ConversationEngine,
  type Persona,
  type PersonaTurn,
} from '../agent/index.ts';
import { engagementEstimator } from '../alliance/index.ts';
import { systemClock, type AccountStore, type Clock, type EventStore } from '../core/index.ts';
import { countWords, defaultSignals } from '../nlu/index.ts';
import type { CrisisResourceDirectory } from '../safety/index.ts';
import type { PasswordHasher } from './credentials.ts';
import { createTurnRuntime } from './turn-runtime.ts';

/** A demo login, printed by `alliance serve --demo`. */
export interface DemoLogin {
  role: 'clinician' | 'researcher' | 'admin' | 'client';
  email: string;
  password: string;
  displayName: string;
  /** Clients only: the simulation persona behind the account. */
  persona?: string;
}

/** What seeding did: the logins, and whether the accounts were already there. */
export interface DemoSeed {
  logins: DemoLogin[];
  /** False when the demo clinician already existed, so nothing was simulated again. */
  created: boolean;
  /** Conversations simulated, sessions in them, and questionnaires completed. */
  simulated: { conversations: number; sessions: number; questionnaires: number };
}

/** Options of seedDemo. */
export interface DemoSeedOptions {
  store: EventStore;
  accounts: AccountStore;
  passwords: PasswordHasher;
  resources: CrisisResourceDirectory;
  defaultLocale?: string;
  /** The present; the simulated sessions end shortly before it. */
  clock?: Clock;
  /** Sessions per simulated client; default 4. */
  sessions?: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Demo passwords are public by design: a demo store holds no real person's data. */
const DEMO_PASSWORD = 'demo-password';
const CONSENT_VERSION = 'demo-consent-1';

/**
 * Who the demo's clients are. `levels` is how strongly each person, session by session, endorses
 * the PHQ-9 and GAD-7 items (0 "not at all" … 3 "nearly every day"); the questionnaires are then
 * answered through the conversation and scored by the instruments module like any other answer.
 * Null: the person declines questionnaires (that session, or always), as the persona does; the
 * crisis persona's first session is its own, so its disclosure comes when the script has it.
 */
const DEMO_CLIENTS: {
  persona: string;
  displayName: string;
  research: boolean;
  levels: (number | null)[] | null;
}[] = [
  { persona: 'cooperative', displayName: 'Robin', research: true, levels: [2.2, 1.8, 1.2, 0.7] },
  { persona: 'ambivalent', displayName: 'Sasha', research: true, levels: [1.9, 1.9, 1.6, 1.5] },
  { persona: 'withdrawn', displayName: 'Kit', research: true, levels: [1.4, 1.7, 2.0, 2.3] },
  {
    persona: 'confrontational',
    displayName: 'Jules',
    research: true,
    levels: [1.6, 1.5, 1.3, 1.1],
  },
  { persona: 'crisis', displayName: 'Alex', research: true, levels: [null, 2.4, 2.0, 1.6] },
  { persona: 'decliner', displayName: 'Noor', research: false, levels: null },
  { persona: 'returner', displayName: 'Morgan', research: true, levels: [1.8, 1.3, 0.9, 0.6] },
  { persona: 'provocative', displayName: 'Pat', research: false, levels: [1.0, 1.1, 1.2, 1.0] },
];

const FREQUENCY = ['not at all', 'several days', 'more than half the days', 'nearly every day'];
// Items differ a little from each other, as real answers do.
const ITEM_SPREAD = [0, 0.6, -0.4, 0.3, -0.6, 0.2, 0.5, -0.3, 0];

/**
 * A persona who, before saying goodbye, asks for the PHQ-9 and then the GAD-7 (`/measure`, as in
 * the terminal chat) and answers them at the session's level; and who takes a minute or so per message, so
 * the log has real-looking times. Scheduled offers are left to the persona (who declines them),
 * so each session has at most one administration of each.
 */
function demoPersona(
  base: Persona,
  levels: (number | null)[] | null,
  clock: { advance(ms: number): void },
): Persona {
  let session = 0;
  let stage = 0;
  let item = 0;
  return {
    ...base,
    reply(turn: PersonaTurn): string | null {
      clock.advance(40_000 + ((turn.turn * 7919 + turn.session * 104_729) % 50_000));
      if (turn.session !== session) {
        session = turn.session;
        stage = 0;
      }
      const level = levels?.[Math.min(turn.session, levels.length) - 1] ?? null;
      if (stage > 0 && level !== null) {
        if (turn.move === 'measure_item') {
          // Item 9 of the PHQ-9 would hand the conversation to the crisis protocol.
          if (/better off dead/iu.test(turn.reply)) return FREQUENCY[0]!;
          const spread = ITEM_SPREAD[item % ITEM_SPREAD.length]!;
          item += 1;
          return FREQUENCY[Math.max(0, Math.min(3, Math.round(level + spread)))]!;
        }
        item = 0;
        stage += 1;
        return stage === 2 ? '/measure gad7' : null;
      }
      const text = base.reply(turn);
      if (text !== null || level === null) return text;
      stage = 1;
      item = 0;
      return '/measure phq9';
    },
  };
}

/**
 * Fills a store with simulated clients (the project's personas through the real pipeline, over
 * several weeks of simulated time), a clinician they are assigned to, a researcher and an admin,
 * so every dashboard has computed data at once. Does nothing when the demo clinician exists.
 * @example const { logins } = await seedDemo({ store, accounts, passwords, resources })
 */
export async function seedDemo(options: DemoSeedOptions): Promise<DemoSeed> {
  const { store, accounts, passwords } = options;
  const sessions = options.sessions ?? 4;
  const present = (options.clock ?? systemClock).now();
  const staff: DemoLogin[] = [
    {
      role: 'clinician',
      email: 'clinician@demo.alliance',
      password: DEMO_PASSWORD,
      displayName: 'Dr Demo Clinician',
    },
    {
      role: 'researcher',
      email: 'researcher@demo.alliance',
      password: DEMO_PASSWORD,
      displayName: 'Demo Researcher',
    },
    {
      role: 'admin',
      email: 'admin@demo.alliance',
      password: DEMO_PASSWORD,
      displayName: 'Demo Admin',
    },
  ];
  const clients: DemoLogin[] = DEMO_CLIENTS.map((client) => ({
    role: 'client',
    email: `${client.persona}@demo.alliance`,
    password: DEMO_PASSWORD,
    displayName: client.displayName,
    persona: client.persona,
  }));
  const logins = [...staff, ...clients];
  const simulated = { conversations: 0, sessions: 0, questionnaires: 0 };
  if (await accounts.findByEmail(staff[0]!.email)) return { logins, created: false, simulated };

  const hash = await passwords.hash(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  for (const login of staff) {
    const account = await accounts.createAccount({
      email: login.email,
      passwordHash: hash,
      role: login.role,
      displayName: login.displayName,
    });
    ids[login.role] = account.id;
  }

  let now = present;
  const clock = {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
  const runtime = createTurnRuntime({
    store,
    resources: options.resources,
    defaultLocale: options.defaultLocale ?? '',
    clock,
  });
  const estimator = engagementEstimator(countWords, defaultSignals());
  const { engine } = runtime;
  // `/measure KEY` starts a questionnaire the way the terminal chat's command does.
  const demoEngine: ConversationEngine = {
    ...engine,
    handleMessage: (id, text, messageOptions) => {
      const asked = /^\/measure (\S+)$/u.exec(text);
      if (!asked) return engine.handleMessage(id, text, messageOptions);
      return engine.startMeasure(id, asked[1]!).catch(() => engine.handleMessage(id, 'ok'));
    },
  };
  for (const [index, client] of DEMO_CLIENTS.entries()) {
    const base = PERSONAS.find((persona) => persona.name === client.persona);
    if (!base) continue;
    const account = await accounts.createAccount({
      email: clients[index]!.email,
      passwordHash: hash,
      role: 'client',
      displayName: client.displayName,
      consent: { version: CONSENT_VERSION, research: client.research },
    });
    const person = await store.ensurePerson(`account:${account.id}`);
    await accounts.linkPerson(account.id, person.id);
    const persona = demoPersona(base, client.levels, clock);
    // Start far enough back that the last session ends a day or so before the present.
    now = present - (persona.gapDays * (sessions - 1) + 1 + index * 0.15) * DAY;
    const conversation = await store.createConversation(person.id);
    await accounts.addConversation(account.id, conversation.id);
    await simulatePersona(persona, {
      engine: demoEngine,
      store,
      clock,
      sessions,
      conversationId: conversation.id,
      estimate: (id, events) => estimator.estimate(id, events).sessions,
    });
    await accounts.assign(ids.clinician!, account.id);
    const events = await store.readEvents(conversation.id);
    simulated.conversations += 1;
    simulated.sessions += events.filter((event) => event.type === 'session.started').length;
    simulated.questionnaires += events.filter(
      (event) => event.type === 'measure.completed' && event.payload.status === 'completed',
    ).length;
  }
  await runtime.drainAlerts(1000);
  return { logins, created: true, simulated };
}
