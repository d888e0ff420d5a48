import { createAnnotator, shippedMarkerModel, type Annotator } from '../nlu/index.ts';

/** The annotator with every shipped model, loaded once. */
let annotator: Annotator | undefined;
export function defaultAnnotator(): Annotator {
  annotator ??= createAnnotator({ markers: shippedMarkerModel() });
  return annotator;
}
