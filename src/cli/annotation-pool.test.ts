import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotationLine, annotationTools, type AnnotationJob } from './annotation-line.ts';
import { AnnotationPool, annotationWorkerCount } from './annotation-pool.ts';

/** A conversation with risk, context, an unreadable line and a long one. */
function jobs(count: number): AnnotationJob[] {
  const texts = [
    'I want to kill myself tonight, I have the pills here',
    'this traffic is killing me',
    'yes',
    'Quiero morir, no puedo más',
    'my friend says she wants to die, how do I help her?',
    'I managed a walk today and felt a bit better',
    'he said he would kill me if I leave'.repeat(40),
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: i % 3 === 0 ? i : `u${i}`,
    speaker: i % 2 === 0 ? ('client' as const) : ('agent' as const),
    text: texts[i % texts.length]!,
    riskContext: {
      ...(i % 4 === 1 ? { previousAgentText: 'Are you thinking about ending your life?' } : {}),
      recentClientTexts: i % 2 === 0 ? [texts[(i + 1) % texts.length]!] : [],
    },
    ...(i > 0 ? { before: { speaker: 'agent', text: texts[(i + 3) % texts.length]! } } : {}),
    ...(i % 5 === 0 ? { helperTurn: 'What would help this week?' } : {}),
  }));
}

describe('the annotation pool', () => {
  const all = jobs(150);
  const here = annotationTools();
  const expected = all.map((job) => annotationLine(job, here));

  it('gives the same lines, in order, on worker threads as on this one', async () => {
    const pool = new AnnotationPool(2, true);
    try {
      const batches = [all.slice(0, 40), all.slice(40, 41), all.slice(41, 100), all.slice(100)];
      const lines = (await Promise.all(batches.map((batch) => pool.run(batch)))).flat();
      assert.deepEqual(lines, expected);
      assert.ok(expected.some((line) => JSON.parse(line).risk.level === 'imminent'));
      assert.ok(expected.some((line) => JSON.parse(line).risk_assessable === false));
    } finally {
      await pool.close();
    }
  });

  it('annotates on this thread what a failed worker held, losing nothing', async () => {
    const pool = new AnnotationPool(1, true);
    try {
      await pool.ready();
      const running = [pool.run(all.slice(0, 75)), pool.run(all.slice(75))];
      // The worker dies with both batches posted to it.
      await (
        pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }
      ).workers[0]!.worker.terminate();
      assert.deepEqual((await Promise.all(running)).flat(), expected);
      // With no worker left, later batches are annotated here.
      assert.deepEqual(await pool.run(all.slice(0, 5)), expected.slice(0, 5));
    } finally {
      await pool.close();
    }
  });

  it('starts no worker for a short input, and annotates without any', async () => {
    const none = new AnnotationPool(0);
    assert.deepEqual(await none.run(all.slice(0, 10)), expected.slice(0, 10));
    await none.close();
    const one = new AnnotationPool(1);
    assert.deepEqual(await one.run(all.slice(0, 10)), expected.slice(0, 10));
    assert.equal((one as unknown as { workers: unknown[] }).workers.length, 0);
    await one.close();
  });

  it('takes its worker count from ALLIANCE_ANNOTATE_WORKERS, refusing nonsense', () => {
    assert.equal(annotationWorkerCount({ ALLIANCE_ANNOTATE_WORKERS: '0' }), 0);
    assert.equal(annotationWorkerCount({ ALLIANCE_ANNOTATE_WORKERS: '3' }), 3);
    const auto = annotationWorkerCount({});
    assert.ok(auto >= 0 && auto <= 3, String(auto));
    for (const bad of ['-1', '1.5', 'lots', '65', '1e9', '0x10; rm -rf /'])
      assert.throws(
        () => annotationWorkerCount({ ALLIANCE_ANNOTATE_WORKERS: bad }),
        /ALLIANCE_ANNOTATE_WORKERS must be a whole number from 0 to 64/,
        bad,
      );
  });
});
