/**
 * The dashboard answers the staff pages read (see src/server/schemas.ts and
 * src/server/dashboard-routes.ts, and /api/openapi.json). Typed by hand, like api-types.ts.
 */

export type RiskLevel = 'none' | 'low' | 'moderate' | 'high' | 'imminent';
export const DIMENSIONS = ['goal', 'task', 'bond', 'engagement'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type DtaScores = Record<Dimension | 'overall', number>;

export interface Change {
  from: number;
  to: number;
  change: number;
  threshold: number;
  direction: 'improved' | 'deteriorated' | 'no_reliable_change';
  clinicallySignificant: boolean;
}

export interface OutcomeTrend {
  administrations: number;
  latest: number;
  latestBand: string | null;
  latestAt: string;
  change: Change | null;
}

export interface Acknowledgement {
  by: string;
  byName: string | null;
  at: string;
}

export interface CaseloadEntry {
  id: string;
  displayName: string | null;
  conversations: number;
  lastActive: string | null;
  sessions: number;
  latestDta: DtaScores | null;
  highestRisk: RiskLevel;
  crisisProtocolActive: boolean;
  alerts: number;
  unacknowledgedAlerts: number;
  openRuptures: number;
  outcomes: { phq9: OutcomeTrend | null; gad7: OutcomeTrend | null };
}

export interface SessionFigures {
  sessionNumber: number;
  startedAt: string;
  endedAt: string | null;
  clientTurns: number;
  wordsPerClientTurn: number;
  dta: DtaScores | null;
}

export interface Measure {
  instrument: string;
  at: string;
  sessionNumber: number;
  outcome: string;
  total: number | null;
  band: string | null;
  bandLabel: string | null;
  change: Change | null;
}

export interface Rupture {
  ruptureId: string;
  kind: string;
  sessionNumber: number;
  outcome: string | null;
  startedAt: string | null;
  resolvedAt: string | null;
}

/** A safety question the person answered: the check when the detector was unsure, or the protocol's. */
export interface SafetyAnswer {
  at: string;
  sessionNumber: number;
  asked: 'check' | 'protocol';
  /** The risk category a check asked about, or the protocol question. */
  about: string;
  answer: 'yes' | 'no' | 'unclear';
}

export interface ClinicalConversation {
  id: string;
  createdAt: string;
  updatedAt: string;
  sessions: SessionFigures[];
  alerts: {
    alertId: string;
    at: string;
    level: RiskLevel;
    categories: string[];
    acknowledged: Acknowledgement | null;
  }[];
  safetyAnswers: SafetyAnswer[];
  ruptures: Rupture[];
  measures: Measure[];
  goals: { text: string; status: string }[];
  tasks: {
    title: string;
    status: string;
    offeredInSession: number;
    detail: string | null;
    when: string | null;
    outcome: string | null;
  }[];
}

export interface InstrumentScale {
  key: string;
  name: string;
  max: number;
  bands: { from: number; code: string; label: string }[];
  reliableChange: number | null;
  clinicalCutoff: number | null;
}

export interface ClientDetail {
  client: CaseloadEntry;
  conversations: ClinicalConversation[];
  instruments: InstrumentScale[];
}

export interface Turn {
  seq: number;
  at: string;
  sessionNumber: number;
  speaker: 'client' | 'agent';
  text: string;
  move: string | null;
  annotations: {
    risk: { level: RiskLevel; categories: string[] };
    empathy: { emotional_reactions: number; interpretations: number; explorations: number } | null;
    behaviour: 'reflection' | 'question' | 'therapist_input' | 'other' | null;
    reflection: 'simple' | 'complex' | null;
    question: 'open' | 'closed' | null;
    talkType: 'change' | 'neutral' | 'sustain' | null;
    markers: string[];
  };
  /** What this turn did to the session's DTA index; `start`–`end` index into `text`. */
  evidence: { dimension: Dimension; weight: number; reason: string; start: number; end: number }[];
}

export interface Transcript {
  clientId: string;
  conversations: { id: string; turns: Turn[] }[];
}

export interface AlertEntry {
  alertId: string;
  clientId: string;
  clientName: string | null;
  conversationId: string;
  at: string;
  level: RiskLevel;
  categories: string[];
  acknowledged: Acknowledgement | null;
}

export interface Distribution {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  bins: { from: number; to: number; count: number }[];
}

export interface Correlation {
  n: number;
  r: number | null;
  rho: number | null;
  line: { intercept: number; slope: number } | null;
}

export interface Cohort {
  participants: {
    pid: string;
    sessions: number;
    alliance: DtaScores | null;
    latest: DtaScores | null;
    phq9Change: number | null;
    gad7Change: number | null;
    highestRisk: RiskLevel;
  }[];
  distributions: Record<string, Distribution>;
  allianceOutcome: { phq9: Correlation; gad7: Correlation };
  engagement: {
    sessionNumber: number;
    participants: number;
    meanClientTurns: number;
    meanWordsPerClientTurn: number;
    meanOverall: number | null;
  }[];
}
