import { createAnnotator, type Annotator, type EmpathySource, type MiSource } from './annotator.ts';
import { shippedEmpathyModel } from './empathy/index.ts';
import { shippedMarkerModel } from './markers/model.ts';
import { shippedMiModel, type MiModel } from './mi/index.ts';

/** An MI model as the annotator's source of behaviours and talk types. */
export function miSource(mi: MiModel): MiSource {
  return {
    behaviour: (text, previous) => {
      const { behaviour, reflection, question } = mi.behaviour(text, previous);
      return {
        behaviour,
        ...(reflection ? { reflection } : {}),
        ...(question ? { question } : {}),
      };
    },
    talkType: (text, previous) => mi.talkType(text, previous).talk_type,
  };
}

/** The shipped EPITOME model as the annotator's source of empathy levels. */
export function empathySource(): EmpathySource {
  const model = shippedEmpathyModel();
  return {
    empathy: (response, seekerPost) => {
      const { emotional_reactions, interpretations, explorations, spans } = model.score(
        response,
        seekerPost,
      );
      return { emotional_reactions, interpretations, explorations, spans };
    },
  };
}

let annotator: Annotator | undefined;

/** The annotator with every shipped model, loaded once. */
export function defaultAnnotator(): Annotator {
  if (!annotator) {
    annotator = createAnnotator({
      markers: shippedMarkerModel(),
      mi: miSource(shippedMiModel()),
      empathy: empathySource(),
    });
  }
  return annotator;
}

/** The annotator as the estimator's signal source (structurally the alliance's SignalSource). */
export function defaultSignals() {
  const annotate = defaultAnnotator();
  return (
    speaker: 'client' | 'agent',
    text: string,
    previous?: { speaker: string; text: string },
  ) => annotate.annotate(speaker, text, previous);
}
