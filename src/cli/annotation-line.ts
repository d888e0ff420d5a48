import { defaultAnnotator, type Annotator } from '../nlu/index.ts';
import {
  ruleRiskDetector,
  shippedRiskModel,
  type RiskContext,
  type RiskDetector,
} from '../safety/index.ts';

/**
 * One utterance to annotate, with everything read from the lines before it: the risk detector's
 * context, the turn the nlu models read it against, and the last agent or therapist turn.
 * A plain object, so it can be posted to a worker thread.
 */
export interface AnnotationJob {
  id: string | number;
  speaker: 'client' | 'agent' | 'therapist';
  text: string;
  riskContext: RiskContext;
  before?: { speaker: string; text: string };
  helperTurn?: string;
}

/** The detector and the nlu models one thread annotates with (loaded once per thread). */
export interface AnnotationTools {
  detector: RiskDetector;
  annotator: Annotator;
}

export function annotationTools(): AnnotationTools {
  return {
    detector: ruleRiskDetector({ model: shippedRiskModel() }),
    annotator: defaultAnnotator(),
  };
}

/** The output line for one utterance (the `alliance annotate` contract in DESIGN.md). */
export function annotationLine(job: AnnotationJob, tools: AnnotationTools): string {
  const risk = tools.detector.assess(job.text, job.riskContext);
  const signals = tools.annotator.annotate(job.speaker, job.text, job.before, job.helperTurn);
  const spans = (items: typeof risk.evidence) =>
    items.map(({ category, level, rule, start, end }) => ({ category, level, rule, start, end }));
  return JSON.stringify({
    id: job.id,
    risk: { level: risk.level, categories: risk.categories },
    risk_evidence: spans(risk.evidence),
    risk_about_others: spans(risk.aboutOthers),
    risk_assessable: risk.assessable,
    ...(signals.empathy ? { empathy: signals.empathy } : {}),
    ...(signals.empathySpans ? { empathy_spans: signals.empathySpans } : {}),
    ...(signals.behaviour
      ? {
          behaviour: signals.behaviour.behaviour,
          ...(signals.behaviour.reflection
            ? { reflection_type: signals.behaviour.reflection }
            : {}),
          ...(signals.behaviour.question ? { question_type: signals.behaviour.question } : {}),
        }
      : {}),
    ...(signals.talkType ? { talk_type: signals.talkType } : {}),
    ...(signals.markers ? { alliance_markers: signals.markers } : {}),
    ...(signals.markerSpans ? { alliance_marker_spans: signals.markerSpans } : {}),
  });
}
