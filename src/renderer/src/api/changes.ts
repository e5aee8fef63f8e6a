import type { Entity } from '../../../shared/contract/entities';

type Listener = (changed: ReadonlySet<Entity>) => unknown;

const subscriptions = new Set<{ entities: ReadonlySet<Entity>; listener: Listener }>();

/**
 * A store asks to hear when any of these kinds of record changes (a restore of the database counts as
 * every kind). The listener reloads what the store shows; the returned function unsubscribes.
 */
export function onChange(entities: readonly Entity[], listener: Listener): () => void {
  const sub = { entities: new Set<Entity>([...entities, 'database']), listener };
  subscriptions.add(sub);
  return () => subscriptions.delete(sub);
}

/**
 * Called by the api layer after a successful mutation with the kinds of record its channel declares. Resolves
 * once every interested store has reloaded, so a caller awaiting the mutation then sees fresh data.
 */
export async function announce(changed: readonly Entity[]): Promise<void> {
  if (changed.length === 0) return;
  const set = new Set(changed);
  const interested = [...subscriptions].filter((s) => changed.some((e) => s.entities.has(e)));
  await Promise.all(interested.map((s) => s.listener(set)));
}
