import type { Kysely } from 'kysely';
import { AllianceError } from '../core/index.ts';
import type { StoreSchema } from './store-schema.ts';
import type { Keyring } from './text-cipher.ts';

const KEY_CHECK = 'key_check';
const KEY_CHECK_AAD = 'meta:key_check';
const KEY_CHECK_TEXT = 'alliance key check v1';

/**
 * Proves the keyring fits the data before anything is read or written: a wrong key fails at open,
 * even with no events yet. The first open seals a known text under the current key; later opens
 * must decrypt it. After a rotation the check is re-sealed under the new current key, so the old
 * key alone no longer opens a database that now holds data sealed with the new one. Safe when
 * several processes open a new database at once: only one check row is ever written.
 * @example await checkKey(db, keyring, 'data/alliance.db', () => corruptStoreError('data/alliance.db'))
 */
export async function checkKey(
  db: Kysely<StoreSchema>,
  keyring: Keyring,
  where: string,
  corrupt: () => AllianceError,
): Promise<void> {
  const hint = `Set ALLIANCE_KEY to the key this database was written with (older keys after the current one, comma-separated)${
    where.includes('://') ? '' : ', or restore its alliance.key'
  }.`;
  const seal = () => {
    const sealed = keyring.seal(KEY_CHECK_TEXT, KEY_CHECK_AAD);
    return `${sealed.keyId}.${sealed.blob.toString('base64')}`;
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meta')
      .values({ key: KEY_CHECK, value: seal() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    const row = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', KEY_CHECK)
      .executeTakeFirstOrThrow();
    const [keyId = '', blob = ''] = row.value.split('.');
    if (!keyring.keyIds.includes(keyId)) {
      throw new AllianceError(
        'key_wrong',
        `Database ${where} needs key id ${keyId}, but the keyring has ${keyring.keyIds.join(', ')}.`,
        hint,
      );
    }
    let text: string;
    try {
      text = keyring.open(keyId, Buffer.from(blob, 'base64'), KEY_CHECK_AAD);
    } catch (error) {
      throw new AllianceError(
        'key_wrong',
        `Database ${where} does not accept key id ${keyId}: the key is wrong or the data was altered.`,
        hint,
        { cause: error },
      );
    }
    if (text !== KEY_CHECK_TEXT) throw corrupt();
    if (keyId !== keyring.currentKeyId) {
      await trx.updateTable('meta').set({ value: seal() }).where('key', '=', KEY_CHECK).execute();
    }
  });
}
