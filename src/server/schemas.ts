import { z } from 'zod';
import { ACCOUNT_ROLES, RISK_LEVELS } from '../core/index.ts';

/**
 * The request and response shapes of the HTTP API. Each is checked on every request (and every
 * response), and the OpenAPI document is generated from the same objects.
 */

/** Longest message text accepted on the wire; the engine's own limit (8,000) applies after safety has read it. */
export const MAX_WIRE_TEXT = 65_536;

/** Ids as the stores make them: a short prefix, an underscore, lower-case base32 or digits. */
export const idSchema = z
  .string()
  .regex(/^[a-z]{2,12}_[0-9a-z]{1,40}$/u, 'not a valid id')
  .describe('An id such as conv_01jd7… or acct_01jd7…');

const emailSchema = z.string().trim().max(254).pipe(z.email('not a valid email address'));
const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');
const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'must not contain control or formatting characters');
const consentInput = z
  .object({
    version: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[\w.:-]+$/u, 'letters, digits, . : - _ only'),
    research: z.boolean().optional().describe('May de-identified data be used for research?'),
  })
  .strict();

/** `POST /api/auth/register`. */
export const registerBody = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema.optional(),
    consent: consentInput.optional(),
  })
  .strict();

/** `POST /api/auth/login`. */
export const loginBody = z
  .object({ email: z.string().max(254), password: z.string().max(256) })
  .strict();

/** `POST /api/me/consent`. */
export const consentBody = consentInput;

/** `POST /api/conversations`. */
export const createConversationBody = z
  .object({
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/u, 'a locale such as en-GB')
      .optional(),
  })
  .strict()
  .optional();

/** `POST /api/conversations/:id/messages`. */
export const messageBody = z.object({ text: z.string().max(MAX_WIRE_TEXT) }).strict();

/** Path parameters naming one resource by id. */
export const idParams = z.object({ id: idSchema }).strict();

/** `DELETE /api/admin/assignments/:clinicianId/:clientId`. */
export const assignmentParams = z.object({ clinicianId: idSchema, clientId: idSchema }).strict();

/** `POST /api/admin/assignments`. */
export const assignmentBody = z.object({ clinicianId: idSchema, clientId: idSchema }).strict();

const roleSchema = z.enum(ACCOUNT_ROLES);

/** `POST /api/admin/accounts`. */
export const adminCreateAccountBody = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    role: roleSchema,
    displayName: displayNameSchema.optional(),
  })
  .strict();

/** `GET /api/admin/accounts`. */
export const adminListQuery = z.object({ role: roleSchema.optional() }).strict();

/** Research pseudonyms: `p_` and 24 hex characters. */
export const pseudonymParams = z
  .object({ pid: z.string().regex(/^p_[0-9a-f]{24}$/u, 'not a valid pseudonym') })
  .strict();

// ---- responses

const consentView = z.object({ version: z.string(), at: z.string(), research: z.boolean() });

/** An account as its owner and admins see it. */
export const accountView = z.object({
  id: z.string(),
  role: roleSchema,
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  createdAt: z.string(),
  consent: consentView.nullable(),
});

/** Login answer. */
export const tokenView = z.object({ token: z.string(), expiresAt: z.string() });

const crisisLine = z.object({ name: z.string(), contact: z.string(), source: z.string() });
const riskLevel = z.enum(RISK_LEVELS);

/** The safety status that comes with every reply. */
export const safetyView = z.object({
  crisisProtocolActive: z.boolean(),
  risk: z.object({ level: riskLevel, categories: z.array(z.string()) }).nullable(),
  crisisResources: z
    .object({
      emergency: z.string(),
      lines: z.array(crisisLine),
      abuse: z.array(crisisLine).optional(),
    })
    .nullable()
    .describe('Given whenever the crisis protocol is active or the message showed risk'),
});

/** One agent reply: the text, the move it renders, and the safety status. */
export const replyView = z.object({
  reply: z.object({ text: z.string() }),
  move: z.string(),
  safety: safetyView,
  sessionNumber: z.number().int(),
  /** False only when storing failed on a risky turn; the crisis reply is given regardless. */
  stored: z.boolean(),
});

/** `POST /api/conversations` answer: the new id and the agent's opening. */
export const createdConversationView = replyView.extend({ id: z.string() });

/** A conversation as its owner sees it. */
export const conversationView = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  messages: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      from: z.enum(['client', 'agent']),
      text: z.string(),
      move: z.string().optional(),
    }),
  ),
  state: z.object({
    sessionNumber: z.number().int(),
    sessionOpen: z.boolean(),
    crisisProtocolActive: z.boolean(),
    goals: z.array(z.object({ text: z.string(), status: z.string() })),
    safetyPlan: z.record(z.string(), z.array(z.string())),
  }),
});

/** The owner's conversations. */
export const conversationListView = z.object({
  conversations: z.array(
    z.object({ id: z.string(), createdAt: z.string(), updatedAt: z.string(), events: z.number() }),
  ),
});

const auditView = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  outcome: z.string(),
  reason: z.string().nullable(),
});

/** `GET /api/me/export`: everything held about the account, decrypted. */
export const exportView = z.object({
  exportedAt: z.string(),
  account: accountView,
  conversations: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      events: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
  auditTrail: z.array(auditView),
});

/** `DELETE /api/me` answer. */
export const deletionView = z.object({
  deleted: z.literal(true),
  erased: z.object({
    conversations: z.number().int(),
    events: z.number().int(),
    sessions: z.number().int(),
  }),
  kept: z.array(z.string()),
});

const dtaView = z
  .object({
    goal: z.number(),
    task: z.number(),
    bond: z.number(),
    engagement: z.number(),
    overall: z.number(),
  })
  .nullable();

/** A change between two questionnaire totals, judged by the instruments module. */
export const changeView = z.object({
  from: z.number(),
  to: z.number(),
  change: z.number(),
  /** The smallest reliable change, in points. */
  threshold: z.number(),
  direction: z.enum(['improved', 'deteriorated', 'no_reliable_change']),
  clinicallySignificant: z.boolean(),
});

const outcomeTrend = z.object({
  administrations: z.number().int(),
  latest: z.number(),
  latestBand: z.string().nullable(),
  latestAt: z.string(),
  change: changeView.nullable(),
});

/** Who acknowledged a safety alert, and when. */
export const acknowledgementView = z.object({
  by: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
});

/** A client in a clinician's caseload. */
export const caseloadEntry = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  conversations: z.number().int(),
  lastActive: z.string().nullable(),
  sessions: z.number().int(),
  latestDta: dtaView,
  highestRisk: riskLevel,
  crisisProtocolActive: z.boolean(),
  alerts: z.number().int(),
  openRuptures: z.number().int(),
  /** First-to-latest change of the PHQ-9 and GAD-7 (null before the first completed one). */
  outcomes: z.object({ phq9: outcomeTrend.nullable(), gad7: outcomeTrend.nullable() }),
  unacknowledgedAlerts: z.number().int(),
});

/** `GET /api/clinician/clients`. */
export const caseloadView = z.object({ clients: z.array(caseloadEntry) });

const sessionFigures = z.object({
  sessionNumber: z.number().int(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  clientTurns: z.number().int(),
  wordsPerClientTurn: z.number(),
  dta: dtaView,
});

/** `GET /api/clinician/clients/:id`. */
export const clientDetailView = z.object({
  client: caseloadEntry,
  conversations: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      sessions: z.array(sessionFigures),
      alerts: z.array(
        z.object({
          alertId: z.string(),
          at: z.string(),
          level: riskLevel,
          categories: z.array(z.string()),
          acknowledged: acknowledgementView.nullable(),
        }),
      ),
      safetyAnswers: z.array(
        z.object({
          at: z.string(),
          sessionNumber: z.number().int(),
          asked: z.enum(['check', 'protocol']),
          about: z.string(),
          answer: z.enum(['yes', 'no', 'unclear']),
        }),
      ),
      ruptures: z.array(
        z.object({
          ruptureId: z.string(),
          kind: z.string(),
          sessionNumber: z.number().int(),
          outcome: z.string().nullable(),
          startedAt: z.string().nullable(),
          resolvedAt: z.string().nullable(),
        }),
      ),
      measures: z.array(
        z.object({
          instrument: z.string(),
          at: z.string(),
          sessionNumber: z.number().int(),
          outcome: z.string(),
          total: z.number().nullable(),
          band: z.string().nullable(),
          bandLabel: z.string().nullable(),
          /** Change from the first completed administration (PHQ-9 and GAD-7). */
          change: changeView.nullable(),
        }),
      ),
      goals: z.array(z.object({ text: z.string(), status: z.string() })),
      tasks: z.array(
        z.object({
          title: z.string(),
          status: z.string(),
          offeredInSession: z.number().int(),
          detail: z.string().nullable(),
          when: z.string().nullable(),
          outcome: z.string().nullable(),
        }),
      ),
    }),
  ),
  /** How the outcome instruments are banded, for charts. */
  instruments: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      max: z.number(),
      bands: z.array(z.object({ from: z.number(), code: z.string(), label: z.string() })),
      reliableChange: z.number().nullable(),
      clinicalCutoff: z.number().nullable(),
    }),
  ),
});

/** One de-identified conversation for researchers: figures only, no names, no free text, no dates. */
export const researchConversation = z.object({
  pid: z.string(),
  sessions: z.array(sessionFigures.omit({ startedAt: true, endedAt: true })),
  highestRisk: riskLevel,
  moves: z.record(z.string(), z.number().int()),
  measures: z.array(
    z.object({
      instrument: z.string(),
      sessionNumber: z.number().int(),
      outcome: z.string(),
      total: z.number().nullable(),
      band: z.string().nullable(),
    }),
  ),
});

/** `GET /api/research/conversations`. */
export const researchListView = z.object({ conversations: z.array(researchConversation) });

/** `GET /api/research/conversations/:pid/events`: event types and their non-identifying fields. */
export const researchEventsView = z.object({
  pid: z.string(),
  events: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      /** Seconds since the conversation's first event; absolute dates are left out. */
      t: z.number(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** `GET /api/admin/accounts`. */
export const accountListView = z.object({ accounts: z.array(accountView) });

/** `POST /api/admin/assignments` answer. */
export const assignmentView = z.object({ clinicianId: z.string(), clientId: z.string() });

/** Every error body. */
export const errorView = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// ---- the web app's support routes (support-routes.ts)

/** `GET /api/support/crisis-resources`. */
export const crisisResourcesQuery = z
  .object({
    locale: z
      .string()
      .max(35)
      .regex(/^([A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3})?$/u, 'a locale such as en-GB')
      .optional(),
  })
  .strict();

/** Crisis resources of one region. */
export const crisisResourcesView = z.object({
  emergency: z.string(),
  lines: z.array(crisisLine),
  abuse: z.array(crisisLine).optional(),
});

/** `GET /api/support/disclosure`. */
export const disclosureView = z.object({
  version: z.string(),
  points: z.array(z.string()),
  notEmergency: z.string(),
  stored: z.array(z.string()),
});

/** `GET /api/conversations/:id/overview`. */
export const overviewView = z.object({
  crisisProtocolActive: z.boolean(),
  goals: z.array(
    z.object({ text: z.string(), status: z.string(), firstSign: z.string().nullable() }),
  ),
  nextSteps: z.array(
    z.object({
      title: z.string(),
      detail: z.string().nullable(),
      when: z.string().nullable(),
      status: z.string(),
      outcome: z.string().nullable(),
    }),
  ),
  safetyPlan: z.array(
    z.object({ section: z.string(), title: z.string(), items: z.array(z.string()) }),
  ),
  quickReplies: z.array(z.object({ label: z.string(), text: z.string() })),
});
