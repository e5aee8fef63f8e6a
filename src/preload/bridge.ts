import type { ChannelName } from '../shared/contract/channels';
import type { FilePayload } from '../shared/contract/fields';
import { SHELL_CHANNELS } from '../shared/shell/channels';
import type { BizopsApi, BizopsBridge } from './api';

/** ipcRenderer.invoke reduced to what the bridge may do: send one argument on one channel. */
export type Invoke = (channel: string, input?: unknown) => Promise<unknown>;

/**
 * Builds the object exposed as `window.bizops`: one method per contract channel plus the shell methods.
 * Each method closes over its own channel name, so the page can never pick a channel or reach ipcRenderer.
 */
export function buildBridge(channelNames: readonly ChannelName[], invoke: Invoke): BizopsBridge {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channelNames) api[channel] = (input) => invoke(channel, input);
  return {
    api: api as BizopsApi,
    shell: {
      saveFile: (file: FilePayload) =>
        invoke(SHELL_CHANNELS.saveFile, file) as ReturnType<BizopsBridge['shell']['saveFile']>,
      openDataFolder: async () => {
        await invoke(SHELL_CHANNELS.openDataFolder);
      },
      openFile: (file: FilePayload) =>
        invoke(SHELL_CHANNELS.openFile, file) as ReturnType<BizopsBridge['shell']['openFile']>,
    },
  };
}
