import type { SignalSource } from '../alliance/index.ts';
import {
  createAnnotator,
  shippedMarkerModel,
  shippedMiModel,
  type Annotator,
} from '../nlu/index.ts';

/** The annotator with every shipped model, loaded once. */
let annotator: Annotator | undefined;
export function defaultAnnotator(): Annotator {
  const mi = shippedMiModel();
  annotator ??= createAnnotator({
    markers: shippedMarkerModel(),
    mi: {
      behaviour: (text, previous) => {
        const { behaviour, reflection, question } = mi.behaviour(text, previous);
        return {
          behaviour,
          ...(reflection ? { reflection } : {}),
          ...(question ? { question } : {}),
        };
      },
      talkType: (text, previous) => mi.talkType(text, previous).talk_type,
    },
  });
  return annotator;
}

/** The annotator as the estimator's signal source. */
export function defaultSignals(): SignalSource {
  const annotate = defaultAnnotator();
  return (speaker, text, previous) => annotate.annotate(speaker, text, previous);
}
