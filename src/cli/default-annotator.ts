import type { SignalSource } from '../alliance/index.ts';
import { createAnnotator, shippedMarkerModel, type Annotator } from '../nlu/index.ts';

/** The annotator with every shipped model, loaded once. */
let annotator: Annotator | undefined;
export function defaultAnnotator(): Annotator {
  annotator ??= createAnnotator({ markers: shippedMarkerModel() });
  return annotator;
}

/** The annotator as the estimator's signal source. */
export function defaultSignals(): SignalSource {
  const annotate = defaultAnnotator();
  return (speaker, text, previous) => annotate.annotate(speaker, text, previous);
}
