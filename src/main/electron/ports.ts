import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';

export type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions };

/*
 * The slices of Electron's objects the glue touches. Electron's own objects satisfy them; tests pass
 * fakes, because the real 'electron' module cannot load without the Electron binary.
 */

export interface SenderFrame {
  readonly url: string;
}

export interface IpcSender {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface InvokeEvent {
  readonly sender: IpcSender;
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: SenderFrame | null;
}

export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

export interface IpcMainPort {
  handle(channel: string, listener: InvokeListener): void;
}

export interface NavigationEvent {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

export interface WindowOpenDetails {
  readonly url: string;
}

export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
}

export interface AppWindow {
  readonly webContents: GuardedContents;
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  loadFile(file: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export interface PrintWindow {
  readonly webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    executeJavaScript(code: string): Promise<unknown>;
    /** The page's renderer crashed or was killed: the window cannot print any more. */
    once(event: 'render-process-gone', listener: () => void): unknown;
  };
  loadFile(file: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
}

export type WindowFactory<W> = (options: BrowserWindowConstructorOptions) => W;

export interface ResponseHeadersDetails {
  readonly responseHeaders?: Record<string, string[]>;
}

export interface SessionPort {
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: ResponseHeadersDetails,
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
}

export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

/** Shows the save dialog, attached to the window of the asking page when there is one. */
export type AskSavePath = (sender: IpcSender, options: SaveDialogOptions) => Promise<SaveDialogAnswer>;
