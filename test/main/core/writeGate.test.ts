import { describe, expect, it } from 'vitest';
import { createWriteGate } from '../../../src/main/core/writeGate';

/** A promise the test settles by hand, to hold a writer inside the gate. */
function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('the write gate', () => {
  it('lets ordinary mutations run side by side', async () => {
    const gate = createWriteGate();
    const hold = latch();
    const log: string[] = [];
    const a = gate.shared(async () => {
      log.push('a starts');
      await hold.opened;
      log.push('a ends');
    });
    const b = gate.shared(() => log.push('b runs'));
    await b;
    expect(log).toEqual(['a starts', 'b runs']);
    hold.open();
    await a;
  });

  it('starts a long writer once the mutations in flight are done, and holds later ones until it ends', async () => {
    const gate = createWriteGate();
    const first = latch();
    const long = latch();
    const log: string[] = [];
    const inFlight = gate.shared(async () => {
      await first.opened;
      log.push('in-flight mutation done');
    });
    const writer = gate.exclusive(async () => {
      log.push('long writer starts');
      await long.opened;
      log.push('long writer ends');
    });
    const later = gate.shared(() => log.push('later mutation runs'));
    await turns();
    expect(log).toEqual([]);
    expect(gate.busy).toBe(false);

    first.open();
    await turns();
    expect(log).toEqual(['in-flight mutation done', 'long writer starts']);
    expect(gate.busy).toBe(true);

    long.open();
    await Promise.all([inFlight, writer, later]);
    expect(log).toEqual([
      'in-flight mutation done',
      'long writer starts',
      'long writer ends',
      'later mutation runs',
    ]);
    expect(gate.busy).toBe(false);
  });

  it('lets a mutation become the long writer without waiting for itself', async () => {
    const gate = createWriteGate();
    const result = await gate.shared(() => gate.exclusive(async () => 'imported'));
    expect(result).toBe('imported');
  });

  it('gives the gate back when the long writer fails', async () => {
    const gate = createWriteGate();
    await expect(gate.exclusive(() => Promise.reject(new Error('row 7')))).rejects.toThrow('row 7');
    expect(await gate.shared(() => 'next')).toBe('next');
  });

  it('on close, aborts the long writer and waits for it and for the mutations queued behind it', async () => {
    const gate = createWriteGate();
    const log: string[] = [];
    const writer = gate.exclusive(async (signal) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      log.push('rolled back');
    });
    const queued = gate.shared(() => log.push('queued mutation'));
    await turns();
    await gate.close();
    expect(log).toEqual(['rolled back', 'queued mutation']);
    await Promise.all([writer, queued]);
  });
});
