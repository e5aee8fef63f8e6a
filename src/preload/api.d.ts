import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract/channels';
import type { Result } from '../shared/contract/errors';
import type { FilePayload } from '../shared/contract/fields';
import type { OpenFileOutcome, SaveFileOutcome } from '../shared/shell/channels';

/** One method per contract channel; each resolves to the result envelope and never rejects for app errors. */
export type BizopsApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** The desktop shell: OS save dialog, the file manager, opening a file with the OS's program for it. */
export interface BizopsShell {
  saveFile(file: FilePayload): Promise<SaveFileOutcome>;
  openDataFolder(): Promise<void>;
  openFile(file: FilePayload): Promise<OpenFileOutcome>;
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
