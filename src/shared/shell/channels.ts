/**
 * IPC channels the Electron glue answers itself (OS dialogs, the file manager), outside the core contract
 * because they need the desktop shell, not the database. The `shell:` prefix cannot clash with `domain.verb`.
 */
export const SHELL_CHANNELS = {
  saveFile: 'shell:saveFile',
  openDataFolder: 'shell:openDataFolder',
  /** A file from main (an attachment) opened with the program the OS assigns to its type. */
  openFile: 'shell:openFile',
} as const;

export type ShellChannelName = (typeof SHELL_CHANNELS)[keyof typeof SHELL_CHANNELS];

/** What became of a save request: cancelled by the user (saved: false), written, or failed (full disk, unwritable place). */
export interface SaveFileOutcome {
  saved: boolean;
  path?: string;
  error?: 'DISK_FULL' | 'WRITE_FAILED';
}

/**
 * What became of an open request: opened; not opened (disk full, unwritable temp folder, no program for the
 * type); or, for a program or script (isExecutableFileName), not run but shown in its folder.
 */
export interface OpenFileOutcome {
  opened: boolean;
  error?: 'DISK_FULL' | 'WRITE_FAILED' | 'OPEN_FAILED';
  shownInFolder?: boolean;
}
