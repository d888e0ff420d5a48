import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { steppingClock } from './clock.ts';
import { eventFactory } from './events.ts';
import { randomIds, sequentialIds } from './ids.ts';

describe('ids and events', () => {
  it('random ids sort in creation order and do not collide', () => {
    const ids = randomIds(steppingClock(Date.parse('2026-01-01T00:00:00Z'), 1));
    const made = Array.from({ length: 2000 }, () => ids.next('evt'));
    assert.equal(new Set(made).size, made.length);
    assert.deepEqual([...made].sort(), made);
    assert.match(made[0]!, /^evt_[0-9a-z]{26}$/);
  });

  it('events take their id and time from the injected generator and clock', () => {
    const factory = eventFactory({
      clock: steppingClock(Date.parse('2026-01-01T09:00:00Z'), 1000),
      ids: sequentialIds(),
    });
    const first = factory.create('c1', 's1', 'message.received', { text: 'hi' });
    const second = factory.create('c1', 's1', 'message.received', { text: 'again' });
    assert.deepEqual(first, {
      id: 'evt_1',
      conversationId: 'c1',
      sessionId: 's1',
      type: 'message.received',
      at: '2026-01-01T09:00:00.000Z',
      payload: { text: 'hi' },
    });
    assert.equal(second.at, '2026-01-01T09:00:01.000Z');
  });
});
