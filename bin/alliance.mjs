#!/usr/bin/env node
// Entry point of `npx alliance`: runs the TypeScript sources through tsx's loader, so the
// checkout needs no build step (see docs/decisions/0001-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
