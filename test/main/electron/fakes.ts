import type { Logger } from '../../../src/main/core/logger';
import type {
  BrowserWindowConstructorOptions,
  InvokeEvent,
  InvokeListener,
  IpcMainPort,
  IpcSender,
  NavigationEvent,
  WindowOpenDetails,
} from '../../../src/main/electron/ports';

/** Stand-ins for Electron's objects: the real 'electron' module cannot load without its binary. */

export const APP_FILE = '/opt/bizops/resources/app.asar/out/renderer/index.html';
export const APP_URL = 'file:///opt/bizops/resources/app.asar/out/renderer/index.html#/staff';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.off(event, wrapped);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...a: unknown[]) => unknown)(...args);
  }

  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter implements IpcSender {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'deny' }) | null = null;

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation the way Chromium would; returns whether the guard cancelled it. */
  navigate(kind: 'will-navigate' | 'will-frame-navigate', url: string, isMainFrame = true): boolean {
    let prevented = false;
    const event: NavigationEvent = { url, isMainFrame, preventDefault: () => (prevented = true) };
    this.emit(kind, event);
    return prevented;
  }
}

export class FakeIpcMain implements IpcMainPort {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** What ipcRenderer.invoke(channel, ...args) would resolve to in the page at frameUrl. */
  invoke(
    sender: FakeWebContents,
    frameUrl: string | null,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event: InvokeEvent = { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return handler(event, ...args);
  }
}

export interface LoggedEvent {
  level: 'error' | 'info';
  event: string;
  err?: unknown;
}

export function recordingLogger(): Logger & { events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  return {
    events,
    error: (event, err) => events.push({ level: 'error', event, err }),
    info: (event) => events.push({ level: 'info', event }),
  };
}

export type WindowOptions = BrowserWindowConstructorOptions;
