/**
 * The conversation log at rest: encrypted SQLite and PostgreSQL EventStores, their keys, and the
 * contract suite every store backend must pass.
 */
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { openPostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
export {
  isPostgresUrl,
  parsePostgresUrl,
  redactSecrets,
  type PostgresTarget,
} from './postgres-url.ts';
export { runStoreContract, type OpenStoreForContract } from './store-contract.ts';
export {
  resolveKeyring,
  resolveServerKeyring,
  KEY_FILE_NAME,
  type ResolvedKeyring,
} from './key-source.ts';
export { Keyring, parseKeys, generateKey, keyIdOf, type SealedText } from './text-cipher.ts';
export { STORE_MIGRATIONS, storeMigrationProvider } from './migrations/index.ts';
export { POSTGRES_MIGRATIONS, postgresMigrationProvider } from './migrations/postgres/index.ts';
export { splitPayload, joinPayload, type SplitPayload } from './split-payload.ts';
export type { StoreSchema } from './store-schema.ts';
export { openSqliteAccountStore, type SqliteAccountStoreOptions } from './sqlite-account-store.ts';
export {
  openPostgresAccountStore,
  type PostgresAccountStoreOptions,
} from './postgres-account-store.ts';
export {
  runAccountStoreContract,
  type OpenAccountStoreForContract,
} from './account-store-contract.ts';
export { oneWriterAtATime } from './one-writer-at-a-time.ts';
export { auditedAppend, type AuditedAppend } from './audited-append.ts';
export { openSqliteServerStores, type SqliteServerStores } from './sqlite-server-stores.ts';
