/**
 * The digital therapeutic alliance (DTA) index: goal, task, bond and engagement on 0–100, from
 * what is said, with the evidence behind every point. The same function scores a live session
 * (the estimator stage) and an imported transcript (`alliance score`).
 *
 * Each dimension is a running balance of weighted evidence for and against it, shrunk towards
 * the neutral 50 when there is little evidence: score = 100 · (for + 2) / (for + against + 4).
 * The weights are the project's own, set from the alliance and MI literature (Bordin 1979's goal,
 * task and bond; Moyers et al.'s MITI 4.2.1 for reflections, questions and complex reflections;
 * Safran & Muran 2000 for withdrawal and confrontation ruptures and their repair). They are not
 * fitted to any self-report: `alliance calibrate` maps the index onto a self-report scale when
 * one exists.
 */

/** The signals of one utterance the index reads (from the nlu models, or given). */
export interface UtteranceSignals {
  id: string | number;
  speaker: 'client' | 'agent' | 'therapist';
  text: string;
  /** Agent or therapist turns: EPITOME empathy mechanisms, each 0–2. */
  empathy?: { emotional_reactions: number; interpretations: number; explorations: number };
  /** Agent or therapist turns: the counselling behaviour. */
  behaviour?: {
    behaviour: 'reflection' | 'question' | 'therapist_input' | 'other';
    reflection?: 'simple' | 'complex';
    question?: 'open' | 'closed';
  };
  /** Client turns: change, neutral or sustain talk. */
  talkType?: 'change' | 'neutral' | 'sustain';
  /** Client turns: alliance markers. */
  markers?: readonly AllianceMarker[];
  /** Where in the turn each marker was read (offsets, end exclusive); absent: the whole turn. */
  markerSpans?: Partial<Record<AllianceMarker, { start: number; end: number }>>;
  /** Where in the turn each empathy mechanism was read; absent: the whole turn. */
  empathySpans?: Partial<
    Record<
      'emotional_reactions' | 'interpretations' | 'explorations',
      { start: number; end: number }
    >
  >;
}

export const ALLIANCE_MARKERS = [
  'goal_agree',
  'goal_refuse',
  'task_agree',
  'task_refuse',
  'bond',
  'withdrawal',
  'confrontation',
] as const;
export type AllianceMarker = (typeof ALLIANCE_MARKERS)[number];

export const DTA_DIMENSIONS = ['goal', 'task', 'bond', 'engagement'] as const;
export type DtaDimension = (typeof DTA_DIMENSIONS)[number];
export type DtaScores = Record<DtaDimension | 'overall', number>;

/** One piece of evidence: which utterance moved which dimension, which way, and why. */
export interface DtaEvidence {
  dimension: DtaDimension;
  utterance: string | number;
  weight: number;
  reason: string;
  /** The words that carry it (the whole utterance when no narrower span is known). */
  span: { start: number; end: number; text: string };
}

/** A rupture in the alliance and whether, and how, it was repaired. */
export interface Rupture {
  kind: 'withdrawal' | 'confrontation';
  start: string | number;
  evidence: (string | number)[];
  repaired: boolean;
  repair?: {
    at: string | number;
    how: 'agent_acknowledged' | 'client_reengaged' | 'client_agreed';
  };
}

/** MITI-style summary of a therapist's or agent's turns (Moyers et al., MITI 4.2.1). */
export interface MitiSummary {
  reflections: number;
  questions: number;
  /** Reflections per question; null without questions. MITI "fair" is 1, "good" 2. */
  reflectionToQuestion: number | null;
  /** Complex reflections as a percentage of reflections; MITI "fair" 40%, "good" 50%. */
  complexReflectionPct: number | null;
  /** Open questions as a percentage of questions. */
  openQuestionPct: number | null;
  /** Information, advice or other input as a percentage of all turns. */
  therapistInputPct: number;
}

/** The index of one conversation (or session). */
export interface DtaReport {
  dta: DtaScores;
  /** The index after each utterance, for trajectories within a session. */
  perTurn: { utterance: string | number; dta: DtaScores }[];
  evidence: DtaEvidence[];
  ruptures: Rupture[];
  miti: MitiSummary;
  turns: { client: number; helper: number };
  /** True once a self-report calibration has been applied. */
  calibrated: boolean;
}

/** Prior pseudo-evidence on each side: with none, a dimension sits at 50. */
const PRIOR = 2;
/** Words that make a client turn substantive rather than minimal. */
const SUBSTANTIVE_WORDS = 6;
const MINIMAL_WORDS = 2;
/** Client turns after a rupture within which a repair counts. */
const REPAIR_WINDOW = 3;

/**
 * Evidence weights. Positive supports the dimension, negative strains it. Confrontation and
 * refusals weigh more than their positive counterparts: a rupture is a stronger signal than
 * politeness.
 */
const W = {
  goalAgree: 1.5,
  goalRefuse: -2,
  taskAgree: 1.5,
  taskRefuse: -2,
  changeTalk: 0.6,
  sustainTalk: -0.6,
  bondMarker: 1.5,
  confrontation: -2.5,
  withdrawal: -1.5,
  complexReflection: 0.8,
  simpleReflection: 0.4,
  openQuestion: 0.3,
  inputWithoutAsking: -1,
  collaborative: 0.5,
  righting: -0.5,
  empathyPerLevel: 0.25,
  noEmpathy: -0.15,
  substantive: 0.5,
  minimal: -0.4,
} as const;

/**
 * Why a reflection, an open question or welcome input counts for the task: the helper works on
 * the person's own material with them rather than directing (MITI 4.2.1's Partnership; Miller &
 * Rollnick's evoking). Without it the task had evidence only against it from the helper, so
 * it fell with every turn of a long session rather than with the share of directing turns.
 */
const COLLABORATES = 'works with the person’s own view (reflects or asks openly)';

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}']+/gu) ?? []).length;

/**
 * The helper asks leave to tell or suggest something ("is it okay if I share…", "would you like
 * to try…", "can I make a suggestion?"). MITI 4.2.1 codes information or advice given after such
 * a request, or after the person asked for it, as Persuade with Permission; without it, Persuade.
 */
const ASKS_PERMISSION =
  /\b(?:(?:is|would) it be (?:ok(?:ay)?|alright|all right|fine)|(?:is|would) that be (?:ok(?:ay)?|alright|all right)|(?:can|could|may|might|shall) i (?:share|tell|give|offer|suggest|make|mention|add|ask|run|show|say|throw|put|talk)|do you mind if|mind if i|would you (?:like|want|be (?:interested|open|willing))|do you want (?:to|me|some|a)|(?:are|were) you (?:interested|open|willing)|how would you feel if i|let me know if you(?:'d| would)? like)\b/iu;

/**
 * Computes the DTA index of a conversation from its utterances' signals.
 * @example computeDtaIndex(signals).dta.overall // 0–100
 */
export function computeDtaIndex(utterances: readonly UtteranceSignals[]): DtaReport {
  const accumulator = dtaAccumulator();
  for (const u of utterances) accumulator.add(u);
  return accumulator.report();
}

/**
 * The index built one utterance at a time, so a live session adds each turn once instead of
 * re-reading the whole session. `computeDtaIndex` is this over a list.
 * @example const acc = dtaAccumulator(); acc.add(u); acc.scores().overall
 */
export function dtaAccumulator() {
  const balance = Object.fromEntries(
    DTA_DIMENSIONS.map((d) => [d, { for: 0, against: 0 }]),
  ) as Record<DtaDimension, { for: number; against: number }>;
  const evidence: DtaEvidence[] = [];
  const perTurn: DtaReport['perTurn'] = [];
  const ruptures: Rupture[] = [];
  let previousHelper: UtteranceSignals | undefined;
  let previousClientWords: number | undefined;
  // What the person said since the helper's last turn: did they ask something, or decline?
  let askedSinceHelper = false;
  let declinedSinceHelper = false;
  let clientTurns = 0;
  let helperTurns = 0;
  const miti = { reflections: 0, complex: 0, questions: 0, open: 0, input: 0 };

  const add = (
    dimension: DtaDimension,
    utterance: UtteranceSignals,
    weight: number,
    reason: string,
    /** The words that carry it, when narrower than the utterance. */
    found?: { start: number; end: number },
  ) => {
    if (weight === 0) return;
    if (weight > 0) balance[dimension].for += weight;
    else balance[dimension].against -= weight;
    evidence.push({
      dimension,
      utterance: utterance.id,
      weight: Math.round(weight * 100) / 100,
      reason,
      span: spanOf(utterance, found),
    });
  };

  const addUtterance = (u: UtteranceSignals) => {
    if (u.speaker === 'client') {
      clientTurns += 1;
      const words = wordCount(u.text);
      const markers = new Set(u.markers ?? []);
      // A short answer to a closed question is an answer, not disengagement. A short reply to a
      // reflection ("yeah", "mm-hmm", "right") is assent that the helper heard it right (the MISC
      // codes it as follow/neutral), so it is not a minimal reply either; a withdrawal marker
      // ("whatever") after a reflection still counts.
      const closedQuestion = previousHelper?.behaviour?.question === 'closed';
      const shortReplyFits =
        closedQuestion || previousHelper?.behaviour?.behaviour === 'reflection';
      if (closedQuestion && words < SUBSTANTIVE_WORDS) markers.delete('withdrawal');
      if (markers.has('goal_agree'))
        add('goal', u, W.goalAgree, 'agrees with the goal', u.markerSpans?.goal_agree);
      if (markers.has('goal_refuse'))
        add('goal', u, W.goalRefuse, 'rejects or corrects the goal', u.markerSpans?.goal_refuse);
      if (markers.has('task_agree'))
        add('task', u, W.taskAgree, 'agrees to the task', u.markerSpans?.task_agree);
      if (markers.has('task_refuse'))
        add('task', u, W.taskRefuse, 'declines the task', u.markerSpans?.task_refuse);
      if (markers.has('bond'))
        add('bond', u, W.bondMarker, 'gratitude, trust or feeling understood', u.markerSpans?.bond);
      if (markers.has('confrontation')) {
        add(
          'bond',
          u,
          W.confrontation,
          'complains about the helper or the process',
          u.markerSpans?.confrontation,
        );
        openRupture(ruptures, 'confrontation', u);
      }
      if (markers.has('withdrawal')) {
        add(
          'engagement',
          u,
          W.withdrawal,
          'withdraws: minimal, deflecting or changing topic',
          u.markerSpans?.withdrawal,
        );
        openRupture(ruptures, 'withdrawal', u);
      }
      if (u.talkType === 'change')
        add('goal', u, W.changeTalk, 'change talk: moving towards the goal');
      if (u.talkType === 'sustain')
        add('goal', u, W.sustainTalk, 'sustain talk: arguing for no change');
      if (u.talkType && previousHelper?.behaviour?.behaviour === 'therapist_input') {
        if (u.talkType === 'change')
          add('task', u, W.changeTalk, 'takes up what the helper offered');
        if (u.talkType === 'sustain')
          add('task', u, W.sustainTalk, 'pushes back on what the helper offered');
      }
      if (words >= SUBSTANTIVE_WORDS) add('engagement', u, W.substantive, 'a substantive reply');
      else if (words <= MINIMAL_WORDS && !shortReplyFits && !markers.has('withdrawal')) {
        add('engagement', u, W.minimal, 'a minimal reply');
      }
      // Falling engagement: a reply far shorter than the person's previous one, twice in a row.
      if (
        previousClientWords !== undefined &&
        previousClientWords >= 3 * SUBSTANTIVE_WORDS &&
        words <= MINIMAL_WORDS &&
        !shortReplyFits &&
        !markers.has('withdrawal')
      ) {
        add('engagement', u, W.withdrawal / 2, 'replies fall from long to minimal');
      }
      checkRepairs(ruptures, u, markers, words, previousHelper);
      previousClientWords = words;
      if (u.text.includes('?')) askedSinceHelper = true;
      if (markers.has('goal_refuse') || markers.has('task_refuse')) declinedSinceHelper = true;
    } else {
      helperTurns += 1;
      const b = u.behaviour;
      if (b?.behaviour === 'reflection') {
        miti.reflections += 1;
        if (b.reflection === 'complex') {
          miti.complex += 1;
          add(
            'bond',
            u,
            W.complexReflection,
            'a complex reflection: meaning or feeling beyond the words',
          );
        } else add('bond', u, W.simpleReflection, 'a simple reflection');
        add('task', u, W.collaborative, COLLABORATES);
      } else if (b?.behaviour === 'question') {
        miti.questions += 1;
        if (b.question === 'open') {
          miti.open += 1;
          add('goal', u, W.openQuestion, 'an open question that invites the person’s own view');
          add('task', u, W.collaborative, COLLABORATES);
        }
      } else if (b?.behaviour === 'therapist_input') {
        miti.input += 1;
        // Information or advice the person did not ask for, and the helper did not ask leave to
        // give (or gave after the person declined), is the MITI's Persuade.
        const askedLeave =
          previousHelper !== undefined && ASKS_PERMISSION.test(previousHelper.text);
        if (!askedSinceHelper && !(askedLeave && !declinedSinceHelper)) {
          add('task', u, W.inputWithoutAsking, 'information or advice not asked for');
          // The "righting reflex": telling rather than asking strains the bond too.
          add('bond', u, W.righting, 'tells rather than asks (MI-inconsistent)');
        } else
          add('task', u, W.collaborative, 'information or advice asked for or given with leave');
      }
      if (u.empathy) {
        const level =
          u.empathy.emotional_reactions + u.empathy.interpretations + u.empathy.explorations;
        // EPITOME scores replies to a disclosure; a backchannel ("mm-hmm", "okay, go on") is not
        // such a reply, so only a substantive turn without empathy counts against the bond.
        if (level > 0)
          add('bond', u, W.empathyPerLevel * level, `empathy (${level} of 6)`, empathySpan(u));
        else if (wordCount(u.text) >= SUBSTANTIVE_WORDS) {
          add('bond', u, W.noEmpathy, 'no empathy expressed');
        }
      }
      previousHelper = u;
      askedSinceHelper = false;
      declinedSinceHelper = false;
    }
    perTurn.push({ utterance: u.id, dta: scores(balance) });
  };

  return {
    add: addUtterance,
    scores: () => scores(balance),
    /** The evidence so far, in order (the accumulator's own list: read it, do not keep it). */
    evidence: (): readonly DtaEvidence[] => evidence,
    ruptureCounts: () => ({
      total: ruptures.length,
      repaired: ruptures.filter((r) => r.repaired).length,
    }),
    report: (): DtaReport => ({
      dta: scores(balance),
      perTurn: [...perTurn],
      evidence: [...evidence],
      ruptures: ruptures.map((r) => ({ ...r, evidence: [...r.evidence] })),
      miti: {
        reflections: miti.reflections,
        questions: miti.questions,
        reflectionToQuestion: miti.questions > 0 ? round2(miti.reflections / miti.questions) : null,
        complexReflectionPct:
          miti.reflections > 0 ? round1((100 * miti.complex) / miti.reflections) : null,
        openQuestionPct: miti.questions > 0 ? round1((100 * miti.open) / miti.questions) : null,
        therapistInputPct: helperTurns > 0 ? round1((100 * miti.input) / helperTurns) : 0,
      },
      turns: { client: clientTurns, helper: helperTurns },
      calibrated: false,
    }),
  };
}
export type DtaAccumulator = ReturnType<typeof dtaAccumulator>;

/**
 * The sentence that carries a helper turn's empathy: that of its strongest mechanism (emotional
 * reactions first on a tie, then interpretations), when the annotator found one.
 */
function empathySpan(u: UtteranceSignals): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  let level = 0;
  for (const mechanism of ['emotional_reactions', 'interpretations', 'explorations'] as const) {
    const span = u.empathySpans?.[mechanism];
    const at = u.empathy?.[mechanism] ?? 0;
    if (span && at > level) {
      best = span;
      level = at;
    }
  }
  return best;
}

/**
 * The words behind a piece of evidence: the sentence that carries it when the annotator found
 * one (a marker's or an empathy mechanism's), otherwise the whole utterance; the text cut at 300
 * characters.
 */
function spanOf(u: UtteranceSignals, found?: { start: number; end: number }): DtaEvidence['span'] {
  const fits =
    found !== undefined &&
    Number.isInteger(found.start) &&
    Number.isInteger(found.end) &&
    found.start >= 0 &&
    found.start < found.end &&
    found.end <= u.text.length;
  const start = fits ? found.start : 0;
  const end = fits ? found.end : u.text.length;
  return { start, end, text: u.text.slice(start, Math.min(end, start + 300)) };
}

function scores(balance: Record<DtaDimension, { for: number; against: number }>): DtaScores {
  const dimension = (d: DtaDimension) =>
    round1((100 * (balance[d].for + PRIOR)) / (balance[d].for + balance[d].against + 2 * PRIOR));
  const result = Object.fromEntries(DTA_DIMENSIONS.map((d) => [d, dimension(d)])) as DtaScores;
  result.overall = round1(
    DTA_DIMENSIONS.reduce((sum, d) => sum + result[d], 0) / DTA_DIMENSIONS.length,
  );
  return result;
}

function openRupture(ruptures: Rupture[], kind: Rupture['kind'], u: UtteranceSignals): void {
  const open = ruptures.find((r) => !r.repaired && r.kind === kind);
  if (open) open.evidence.push(u.id);
  else ruptures.push({ kind, start: u.id, evidence: [u.id], repaired: false });
}

/**
 * A rupture is repaired when, within a few client turns, the person re-engages after the helper
 * acknowledged it (a reflection or an empathic reply), agrees or expresses the bond again.
 */
function checkRepairs(
  ruptures: Rupture[],
  u: UtteranceSignals,
  markers: ReadonlySet<AllianceMarker>,
  words: number,
  previousHelper: UtteranceSignals | undefined,
): void {
  for (const rupture of ruptures) {
    if (rupture.repaired || rupture.evidence.includes(u.id)) continue;
    const since = rupture.evidence.length;
    if (since > REPAIR_WINDOW + 1) continue;
    const strained = markers.has('withdrawal') || markers.has('confrontation');
    if (strained) continue;
    const acknowledged =
      previousHelper?.behaviour?.behaviour === 'reflection' ||
      (previousHelper?.empathy !== undefined &&
        previousHelper.empathy.emotional_reactions + previousHelper.empathy.interpretations > 0);
    if (markers.has('bond') || markers.has('goal_agree') || markers.has('task_agree')) {
      rupture.repaired = true;
      rupture.repair = { at: u.id, how: 'client_agreed' };
    } else if (words >= SUBSTANTIVE_WORDS) {
      rupture.repaired = true;
      rupture.repair = { at: u.id, how: acknowledged ? 'agent_acknowledged' : 'client_reengaged' };
    } else {
      rupture.evidence.push(u.id);
    }
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
