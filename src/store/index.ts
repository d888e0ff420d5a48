/**
 * The conversation log at rest: an encrypted SQLite EventStore, its keys, and the contract suite
 * every store backend must pass.
 */
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { runStoreContract, type OpenStoreForContract } from './store-contract.ts';
export { resolveKeyring, KEY_FILE_NAME, type ResolvedKeyring } from './key-source.ts';
export { Keyring, parseKeys, generateKey, keyIdOf, type SealedText } from './text-cipher.ts';
export { STORE_MIGRATIONS, storeMigrationProvider } from './migrations/index.ts';
export { splitPayload, joinPayload, type SplitPayload } from './split-payload.ts';
export type { StoreSchema } from './store-schema.ts';
