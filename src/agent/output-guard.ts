import type { MoveKind } from '../core/index.ts';
import type { RegionResources } from '../safety/index.ts';

const SAFETY_MOVES: ReadonlySet<MoveKind> = new Set([
  'crisis_response',
  'safety_check',
  'support_for_other',
]);
const AI_DISCLOSURE = /\bI['’]m an AI\b|\bI am an AI\b/iu;

/**
 * The last check before a reply is stored and shown, whichever responder wrote it: a safety
 * move always carries the emergency number and every crisis line for the person's locale, and the
 * first message of every session says the agent is an AI and not an emergency service, whatever
 * move the policy chose. What is missing is
 * appended, never silently dropped.
 * @example guardReply('crisis_response', 'I hear you.', resources, false) // 'I hear you. If you are in danger, call 988 …'
 */
export function guardReply(
  move: MoveKind,
  text: string,
  resources: RegionResources,
  opensSession: boolean,
): string {
  let reply = text.trim();
  if (SAFETY_MOVES.has(move)) {
    const missing = resources.lines.filter((line) => !reply.includes(line.contact));
    if (!reply.includes(resources.emergency) || missing.length > 0) {
      const lines = resources.lines.map((line) => `${line.name}: ${line.contact}`).join('; ');
      reply =
        `${reply} If you are in danger, call ${resources.emergency}. You can also contact ${lines}.`.trim();
    }
  }
  if (opensSession && !AI_DISCLOSURE.test(reply)) {
    reply =
      `I'm an AI, not a person or a therapist, and not an emergency service (in danger, call ${resources.emergency}). ${reply}`.trim();
  }
  return reply;
}
