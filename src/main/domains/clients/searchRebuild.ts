import type { Ctx } from '../../core/context';
import { rewriteDerived } from '../../core/derived';
import { outdatedSearchTexts, searchSource, upsertSearchText } from './repository/searchText';
import { SEARCH_TEXT_VERSION, searchText } from './search';

/** Files rewritten per transaction: each step holds the main thread for tens of milliseconds at most. */
const STEP = 250;

/**
 * Rewrites, in small steps that let other calls in between, the search text of every file an older version
 * of searchText wrote (after an upgrade or the restore of an older backup; SEARCH_TEXT_VERSION), until done
 * or `stop()`. Returns how many files it rewrote. New and changed files get the current text when they are
 * written, so this only ever catches up.
 */
export async function rebuildOutdatedSearchTexts(
  ctx: Ctx,
  stop: () => boolean = () => false,
): Promise<number> {
  let done = 0;
  while (!stop() && ctx.store.state === 'ready') {
    // Through the write gate like any mutation: while an import holds the database, the step waits for it.
    const step = await ctx.writeGate.shared(() => {
      const ids = outdatedSearchTexts(ctx.db, SEARCH_TEXT_VERSION, STEP);
      rewriteDerived(ctx, (db) => {
        for (const id of ids) {
          const source = searchSource(db, id);
          if (source) upsertSearchText(db, id, searchText(source), SEARCH_TEXT_VERSION);
        }
      });
      return ids.length;
    });
    if (step === 0) return done;
    done += step;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}
