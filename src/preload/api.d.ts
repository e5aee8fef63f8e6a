import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract/channels';
import type { Result } from '../shared/contract/errors';
import type { FilePayload } from '../shared/contract/fields';
import type { SaveFileOutcome } from '../shared/shell/channels';

/** One method per contract channel; each resolves to the result envelope and never rejects for app errors. */
export type BizopsApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** The desktop shell: OS save dialog and the file manager. */
export interface BizopsShell {
  saveFile(file: FilePayload): Promise<SaveFileOutcome>;
  openDataFolder(): Promise<void>;
}

export interface BizopsBridge {
  api: BizopsApi;
  shell: BizopsShell;
}

declare global {
  interface Window {
    /** Present only inside the Electron app; the browser harness has no preload. */
    bizops?: BizopsBridge;
  }
}
