import { describe, expect, it } from 'vitest';
import { createScheduler } from './scheduler.ts';

describe('createScheduler', () => {
  it('settle() runs what is due now, including what those tasks schedule at once', async () => {
    const scheduler = createScheduler((error) => {
      throw error;
    });
    const ran: string[] = [];
    scheduler.schedule(0, () => {
      ran.push('first');
      scheduler.schedule(0, async () => {
        await Promise.resolve();
        ran.push('second');
      });
    });
    await scheduler.settle();
    expect(ran).toEqual(['first', 'second']);
    await scheduler.close();
  });

  it('settle() leaves tasks that are not due yet, and close() drops them', async () => {
    const scheduler = createScheduler(() => undefined);
    let ran = false;
    scheduler.schedule(60_000, () => {
      ran = true;
    });
    await scheduler.settle();
    await scheduler.close();
    expect(ran).toBe(false);
    scheduler.schedule(0, () => {
      ran = true;
    });
    await scheduler.settle();
    expect(ran).toBe(false);
  });

  it('reports a failing task and carries on', async () => {
    const errors: unknown[] = [];
    const scheduler = createScheduler((error) => errors.push(error));
    scheduler.schedule(0, () => {
      throw new Error('boom');
    });
    await scheduler.settle();
    expect(errors).toHaveLength(1);
    await scheduler.close();
  });
});
