import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who may write to the database now. Ordinary mutations share it and run as they come (dispatch runs each
 * one through `shared`). A long writer — the Excel import, which writes on a connection of its own, in
 * slices that leave the event loop free in between — has it to itself (`exclusive`): it starts once the
 * mutations in flight have finished, and mutations that arrive meanwhile wait, asynchronously, until it
 * has committed or rolled back. Without the gate such a mutation would hit SQLite's write lock and spin in
 * busy_timeout on the main thread, which is the very freeze the slices avoid. Queries never pass through
 * the gate: they read the last committed state, never half an import.
 *
 * Waiting is first come, first served, so a long writer is not starved by a stream of short mutations.
 * A long writer started from inside a mutation (the import's commit channel is one) gives up that
 * mutation's share first, so it waits only for the others.
 */
export interface WriteGate {
  shared<T>(fn: () => T | Promise<T>): Promise<T>;
  /** `signal` is aborted when the core closes: the writer rolls back and gives the gate up. */
  exclusive<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Whether a long writer holds the gate now. */
  readonly busy: boolean;
  /** Aborts the long writer, if any, and waits until every holder and waiter is done (shutdown). */
  close(): Promise<void>;
}

interface Ticket {
  released: boolean;
}

interface Waiter {
  exclusive: boolean;
  start: () => void;
}

export function createWriteGate(): WriteGate {
  const context = new AsyncLocalStorage<Ticket>();
  const queue: Waiter[] = [];
  let sharing = 0;
  let holder: AbortController | null = null;
  let idle: (() => void)[] = [];
  let closing = false;

  function pump(): void {
    while (queue.length > 0 && holder === null) {
      const next = queue[0]!;
      if (next.exclusive && sharing > 0) return;
      queue.shift();
      next.start();
    }
    if (queue.length === 0 && holder === null && sharing === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  }

  function enter(exclusive: boolean): Promise<void> {
    return new Promise((resolve) => {
      queue.push({
        exclusive,
        start: () => {
          if (exclusive) {
            holder = new AbortController();
            if (closing) holder.abort();
          } else sharing++;
          resolve();
        },
      });
      pump();
    });
  }

  function releaseShare(ticket: Ticket): void {
    if (ticket.released) return;
    ticket.released = true;
    sharing--;
    pump();
  }

  return {
    async shared(fn) {
      await enter(false);
      const ticket: Ticket = { released: false };
      try {
        return await context.run(ticket, fn);
      } finally {
        releaseShare(ticket);
      }
    },

    async exclusive(fn) {
      const own = context.getStore();
      if (own) releaseShare(own);
      await enter(true);
      const controller = holder!;
      try {
        return await fn(controller.signal);
      } finally {
        holder = null;
        pump();
      }
    },

    get busy() {
      return holder !== null;
    },

    close() {
      closing = true;
      holder?.abort();
      if (queue.length === 0 && holder === null && sharing === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
