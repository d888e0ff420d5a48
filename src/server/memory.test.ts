import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { hostileRequests } from './hostile-requests.ts';
import { clientWithConversation, type ClientConversation } from './server-fixture.ts';

let setup: ClientConversation;
before(async () => {
  setup = await clientWithConversation();
});
after(async () => setup.f.close());

/** A full garbage collection, also when the test runner was started without --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('10,000 hostile requests', () => {
  it('get no 5xx, crash nothing, and leave the heap flat', async () => {
    const { f, sam, conversationId } = setup;
    const requests = [
      ...hostileRequests(7_001, 10_000, { token: sam.token, conversationId, accountId: sam.id }),
    ];
    let fiveHundreds = 0;
    let heapAfterWarmUp = 0;
    for (const [index, request] of requests.entries()) {
      if (index === 2_000) {
        collectGarbage();
        heapAfterWarmUp = process.memoryUsage().heapUsed;
      }
      const response = await f.app.inject(request);
      if (response.statusCode >= 500) fiveHundreds += 1;
    }
    collectGarbage();
    const growth = process.memoryUsage().heapUsed - heapAfterWarmUp;
    assert.equal(fiveHundreds, 0);
    // 8,000 more requests after the warm-up may leave some caches filled, never a per-request leak.
    assert.ok(growth < 24 * 1024 * 1024, `the heap grew by ${(growth / 1048576).toFixed(1)} MB`);
    // The server still answers normally afterwards.
    const health = await f.call('GET', '/api/health');
    assert.equal(health.status, 200);
  });
});
