import type { SignalSource } from '../alliance/index.ts';
import {
  createAnnotator,
  shippedMarkerModel,
  shippedMiModel,
  type Annotator,
  type EmpathySource,
  type MiModel,
  type MiSource,
} from '../nlu/index.ts';

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

/** The shipped empathy model as the annotator's source, once it exists. */
export function empathySource(): EmpathySource | undefined {
  return undefined;
}

let annotator: Annotator | undefined;

/** The annotator with every shipped model, loaded once. */
export function defaultAnnotator(): Annotator {
  if (!annotator) {
    const empathy = empathySource();
    annotator = createAnnotator({
      markers: shippedMarkerModel(),
      mi: miSource(shippedMiModel()),
      ...(empathy ? { empathy } : {}),
    });
  }
  return annotator;
}

/** The annotator as the estimator's signal source. */
export function defaultSignals(): SignalSource {
  const annotate = defaultAnnotator();
  return (speaker, text, previous) => annotate.annotate(speaker, text, previous);
}
