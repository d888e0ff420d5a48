import type { AllianceState } from '../alliance/index.ts';
import type { RegionResources } from '../safety/index.ts';
import type { Move } from './move.ts';

/** What a responder needs besides the move and the state. */
export interface ResponderContext {
  /** Crisis resources for the person's locale. */
  resources: RegionResources;
  /**
   * Asks for another wording of the same move (0 is the first choice): the engine raises it when
   * a reply would repeat one already given in the conversation.
   */
  variant?: number;
}

/**
 * Renders a move as the agent's words. The deterministic responder implements it; an LLM
 * responder will implement the same interface, and its output passes the same output guard.
 */
export interface Responder {
  readonly name: string;
  render(move: Move, state: AllianceState, context: ResponderContext): Promise<string>;
}
