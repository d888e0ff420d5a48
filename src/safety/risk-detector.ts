import type { RiskCategory, RiskEvidence, RiskLevel } from '../core/index.ts';

/** The safety module's verdict on one client message. */
export interface RiskAssessment {
  level: RiskLevel;
  categories: RiskCategory[];
  /** Why: each matched rule with its span, so a clinician can see what triggered the level. */
  evidence: RiskEvidence[];
  /**
   * Risk the person describes in someone else ("my friend wants to kill herself"). It does not
   * raise the speaker's level; it calls for guidance on supporting that person.
   */
  aboutOthers: RiskEvidence[];
  /** Name and version of the detector that produced the verdict. */
  detector: string;
}

/** What the detector may know about the conversation so far (risk that only shows across turns). */
export interface RiskContext {
  /** The agent's previous message, e.g. a direct question about suicide answered with "yes". */
  previousAgentText?: string;
}

/** Detects risk in a client message. Runs first on every message; nothing may skip it. */
export interface RiskDetector {
  readonly name: string;
  assess(text: string, context?: RiskContext): RiskAssessment;
}
