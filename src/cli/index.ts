/** The `alliance` command line: wires the store, pipeline and terminal together. */
export { runCli } from './main.ts';
export type { CliIo } from './cli-io.ts';
export { readLines, MAX_LINE_BYTES, type InputLine } from './line-reader.ts';
export { DEFAULT_DB_PATH } from './open-store.ts';
