import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { announce } from './changes';
import { transport } from './transport';

type Listener = (code: string) => void;
const unauthenticatedListeners = new Set<Listener>();

/**
 * Stores call main only through here. A successful mutation's changes are announced to the stores that show
 * them before the call resolves; a session that main has signed out sends everyone back to login.
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const result = await transport().call(channel, input);
  if (result.ok && result.changes) await announce(result.changes);
  if (!result.ok && result.error.code === 'UNAUTHENTICATED')
    unauthenticatedListeners.forEach((l) => l(result.error.code));
  return result;
}

export function onSignedOut(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}
