export const MB = 1024 * 1024;

/** A byte limit in MB for messages ("at most {{maxMb}} MB"): one decimal, rounded down, never 0. */
export const megabytes = (bytes: number): number => Math.max(0.1, Math.floor((bytes / MB) * 10) / 10);
