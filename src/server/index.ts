/**
 * The HTTP API: accounts and roles, conversations through the conversation engine, clinician and
 * researcher reads, audit, and the OpenAPI document; plus the turn wiring the terminal chat shares.
 */
export { createServer, type ServerOptions } from './create-server.ts';
export { createTurnRuntime, type TurnRuntime, type TurnRuntimeOptions } from './turn-runtime.ts';
export { createServerLogger, REDACTED_PATHS } from './logger.ts';
export {
  argon2Hasher,
  hashToken,
  newToken,
  bearerToken,
  type PasswordHasher,
} from './credentials.ts';
export { KEPT_AFTER_DELETION } from './server-deps.ts';
export { errorBody, statusOf, type ErrorBody } from './http-errors.ts';
export type { ThrottleSettings } from './server-deps.ts';
export { ensureAdmin } from './bootstrap-admin.ts';
export { serveStaticFiles, builtWebRoot, DEFAULT_WEB_ROOT } from './static-files.ts';
export { seedDemo, type DemoLogin, type DemoSeed, type DemoSeedOptions } from './demo-seed.ts';
