// Entry point of an `alliance annotate` worker thread: a worker does not inherit the loader
// that bin/alliance.mjs registered, so it registers tsx itself (decision 0001) before loading
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./annotation-worker.ts');
