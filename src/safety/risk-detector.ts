import type { RiskCategory, RiskEvidence, RiskLevel } from '../core/index.ts';

/** The safety module's verdict on one client message. */
export interface RiskAssessment {
  level: RiskLevel;
  categories: RiskCategory[];
  /** Why: each matched rule with its span in the original text, so a clinician can see what triggered the level. */
  evidence: RiskEvidence[];
  /**
   * Risk the person describes in someone else ("my friend wants to kill herself"). It does not
   * raise the speaker's level; it calls for guidance on supporting that person.
   */
  aboutOthers: RiskEvidence[];
  /**
   * False when the rules could not read the message (not English): `level` is then `none` only
   * because nothing could be assessed, and the protocol errs towards offering resources.
   */
  assessable: boolean;
  /**
   * Set when no alarm was raised but the learned scorer still reads some chance of the person's
   * own risk (`RiskUnsure`): the agent then asks directly, once a session, rather than guess.
   */
  unsure?: RiskUnsure;
  /** Name and version of the detector that produced the verdict. */
  detector: string;
}

/**
 * A reading below the alarm threshold that is still worth a direct question: the category the
 * scorer leans to and its alarm probability. It raises no level and sends no alert; asking is
 * how a screen's uncertain readings are settled (asking about suicide does not induce it).
 * @see Dazzi T, et al. Psychol Med 2014;44(16):3361–3.
 * @see Horowitz LM, et al. Arch Pediatr Adolesc Med 2012;166(12):1170–6 (ASQ: brief direct screening questions).
 */
export interface RiskUnsure {
  category: RiskCategory;
  probability: number;
}

/** What the detector may know about the conversation so far (risk that only shows across turns). */
export interface RiskContext {
  /** The agent's previous message: a "yes" to its direct question about suicide is risk. */
  previousAgentText?: string;
  /** The person's earlier messages in this session, oldest first, for escalation across turns. */
  recentClientTexts?: readonly string[];
}

/** Detects risk in a client message. Runs first on every message; nothing may skip it. */
export interface RiskDetector {
  readonly name: string;
  assess(text: string, context?: RiskContext): RiskAssessment;
}
