/**
 * One print at a time on one kept-ready page: each job waits for the one before it (whether that one
 * succeeded or not), so two reports never navigate the same page at once.
 */
export function createPrintQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job);
      tail = result.catch(() => undefined);
      return result;
    },
    /** Resolves once every queued job has finished. */
    idle(): Promise<void> {
      return tail.then(() => undefined);
    },
  };
}
