import { DISCLOSURE_VERSION, FIRST_CONTACT, emergencyLine } from '../agent/index.ts';
import type { AllianceState } from '../alliance/index.ts';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from '../core/index.ts';
import { BUILTIN_INSTRUMENTS, itemScale } from '../instruments/index.ts';
import { resourcesForLocale } from '../safety/index.ts';
import { defineRoute, type RouteSpec } from './route.ts';
import {
  crisisResourcesQuery,
  crisisResourcesView,
  disclosureView,
  idParams,
  overviewView,
} from './schemas.ts';
import { assertOwnConversation, type ServerDeps } from './server-deps.ts';

/** What is kept about a person, in plain words, shown before they consent (see docs/server.md). */
export const WHAT_IS_STORED = [
  'Your email and the name you give, encrypted; your password only as a one-way hash.',
  'Your messages and Alliance’s replies, encrypted, with what is drawn from them: goals, agreed next steps, your safety plan and questionnaire answers.',
  'A record of each time your data is read or changed (who, what and when, never what you wrote).',
  'A clinician the service assigns to you sees figures, goals, alerts and questionnaire scores, not your messages. Researchers see figures under a code name, and only if you agree below.',
  'You can download all of it or delete it at any time from “My data”.',
] as const;

/** Headings of the safety plan's sections, in the order of the Stanley–Brown plan. */
const SECTION_TITLES: Record<SafetyPlanSection, string> = {
  warning_signs: 'Warning signs that a crisis may be coming',
  coping_steps: 'Things I can do on my own to feel calmer',
  people_and_places: 'People and places that take my mind off things',
  people_to_ask: 'People I can ask for help',
  professionals: 'Professionals and services I can contact',
  safer_means: 'Making my surroundings safer',
};

/**
 * The buttons the web chat offers for the question the agent has just asked: the answer options
 * of a questionnaire item, or yes and no. Typing stays possible; these only save effort.
 */
export function quickRepliesOf(state: AllianceState): { label: string; text: string }[] {
  if (state.safety.active) return [];
  const measure = state.measures.awaiting;
  if (measure?.kind === 'item') {
    const definition = BUILTIN_INSTRUMENTS.find((d) => d.key === measure.instrument);
    const item = definition?.questionnaire.item.find((i) => i.linkId === measure.itemId);
    if (!item) return [];
    let scale;
    try {
      scale = itemScale(item);
    } catch {
      return [];
    }
    const options = scale.options.filter(
      (option) => !measure.confirm || measure.confirm.includes(option.value),
    );
    if (options.length === 0 || options.some((option) => !option.display)) return [];
    return [
      ...options.map((option) => ({
        label: `${option.value} · ${option.display as string}`,
        text: String(option.value),
      })),
      { label: 'Skip this question', text: 'skip' },
    ];
  }
  if (measure?.kind === 'offer') {
    return [
      { label: 'Yes, now', text: 'yes' },
      { label: 'Not now', text: 'no thanks' },
    ];
  }
  const awaiting = state.work.awaiting?.kind;
  if (awaiting === 'consent' || awaiting === 'goal_confirm' || awaiting === 'task_permission') {
    return [
      { label: 'Yes', text: 'yes' },
      { label: 'No', text: 'no' },
    ];
  }
  return [];
}

/**
 * What the web app shows around the conversation: the agent's disclosure and what is stored
 * (public, before anyone signs up), crisis resources for a locale (public, so "Get help now"
 * works on every page, signed in or not), and a conversation's goals, next steps, safety plan and
 * suggested answers for its owner.
 * @example for (const route of supportRoutes(deps)) register(route)
 */
export function supportRoutes(deps: ServerDeps): RouteSpec[] {
  const { engine } = deps;

  return [
    defineRoute({
      method: 'GET',
      url: '/api/support/disclosure',
      summary:
        'What the agent is and is not (its own opening words), that it is not an emergency service, and what is stored; consent is recorded against `version`',
      tag: 'support',
      roles: 'public',
      response: disclosureView,
      errors: [],
      async handler() {
        return {
          version: DISCLOSURE_VERSION,
          points: [...FIRST_CONTACT],
          notEmergency: emergencyLine(resourcesForLocale(deps.resources, deps.defaultLocale)),
          stored: [...WHAT_IS_STORED],
        };
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/support/crisis-resources',
      summary: 'Crisis resources for a locale (the deployment’s default when none or unknown)',
      tag: 'support',
      roles: 'public',
      query: crisisResourcesQuery,
      response: crisisResourcesView,
      errors: [400],
      async handler({ query }) {
        return resourcesForLocale(deps.resources, query?.locale || deps.defaultLocale);
      },
    }),

    defineRoute({
      method: 'GET',
      url: '/api/conversations/:id/overview',
      summary:
        'Beside the chat: goals, agreed next steps, the safety plan, whether the crisis protocol is active, and suggested answers to the question just asked',
      tag: 'conversations',
      roles: ['client'],
      params: idParams,
      response: overviewView,
      errors: [400, 401, 403, 404],
      audit: { action: 'read', resourceType: 'conversation_overview', resourceParam: 'id' },
      async handler({ principal, params }) {
        await assertOwnConversation(deps, principal, params.id);
        const state = await engine.state(params.id);
        return {
          crisisProtocolActive: state.safety.active,
          goals: state.work.goals.map((goal) => ({
            text: goal.text,
            status: goal.status,
            firstSign: goal.firstSign ?? null,
          })),
          nextSteps: state.work.tasks
            .filter((task) => task.status === 'agreed')
            .map((task) => ({
              title: task.title,
              detail: task.detail ?? null,
              when: task.when ?? null,
              status: task.status,
              outcome: task.outcome ?? null,
            })),
          safetyPlan: SAFETY_PLAN_SECTIONS.map((section) => ({
            section,
            title: SECTION_TITLES[section],
            items: state.safetyPlan[section] ?? [],
          })),
          quickReplies: quickRepliesOf(state),
        };
      },
    }),
  ];
}
