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
  /** Name and version of the detector that produced the verdict. */
  detector: string;
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
