import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { decodeWire, encodeWire } from '../../../shared/contract/wire';

export type { SaveFileOutcome as SaveOutcome } from '../../../shared/shell/channels';
import type { OpenFileOutcome, SaveFileOutcome as SaveOutcome } from '../../../shared/shell/channels';
export type { OpenFileOutcome } from '../../../shared/shell/channels';

/** How the renderer reaches main: Electron's preload bridge, or the browser harness over HTTP. */
export interface Transport {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  saveFile(file: FilePayload): Promise<SaveOutcome>;
  /** Opens a file from main (an attachment) with the OS's program; the harness downloads it instead. */
  openFile(file: FilePayload): Promise<OpenFileOutcome>;
  openDataFolder: (() => Promise<void>) | null;
}

function electronTransport(bridge: NonNullable<Window['bizops']>): Transport {
  return {
    call: (channel, input) => bridge.api[channel](input),
    saveFile: (file) => bridge.shell.saveFile(file),
    openFile: (file) => bridge.shell.openFile(file),
    openDataFolder: () => bridge.shell.openDataFolder(),
  };
}

function sessionId(): string {
  const key = 'bizops.harnessSession';
  let id = sessionStorage.getItem(key);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(key, id);
  }
  return id;
}

function harnessTransport(token: string): Transport {
  return {
    async call(channel, input) {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-bizops-token': token,
            'x-bizops-session': sessionId(),
          },
          body: encodeWire(input ?? {}),
        });
        if (!res.ok) return { ok: false, error: { code: 'INTERNAL', message: `HTTP ${res.status}` } };
        return decodeWire(await res.text()) as Result<never>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'network' } };
      }
    },
    async saveFile(file) {
      download(file);
      return { saved: true, path: file.fileName };
    },
    async openFile(file) {
      download(file);
      return { opened: true };
    },
    openDataFolder: null,
  };
}

/** The harness has no shell: a file from main becomes a download. */
function download(file: FilePayload): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let current: Transport | null = null;

export function transport(): Transport {
  if (current) return current;
  if (window.bizops) current = electronTransport(window.bizops);
  else {
    const token = document.querySelector('meta[name="bizops-harness-token"]')?.getAttribute('content');
    if (!token)
      throw new Error(
        'No preload bridge and no harness token: the renderer must run in Electron or the harness',
      );
    current = harnessTransport(token);
  }
  return current;
}

/** Tests put a fake in place. */
export function setTransport(t: Transport | null): void {
  current = t;
}
