/**
 * Test-only: a loopback port nothing listens on, for tests of an unreachable PostgreSQL server
 * (the store's own and the CLI's); the CLI's tests import it directly, as it is no part of the
 * store's public face.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';

/** A loopback port nothing listens on: bound once by us, then closed. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  assert.ok(address && typeof address === 'object');
  return address.port;
}
