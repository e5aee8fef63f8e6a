/** Types for the plain-Node script, so its pure helpers can be unit-tested from TypeScript. */
export declare const PLATFORMS: readonly string[];
export declare const ARCHES: readonly string[];

export interface NativeTargetOptions {
  platform: string;
  arches: string[];
}

export interface NativeStamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export declare function parseArgs(
  argv: readonly string[],
  host?: { platform: string; arch: string },
): NativeTargetOptions;
export declare function targetDir(root: string, platform: string, arch: string): string;
export declare function targetBinary(root: string, platform: string, arch: string): string;
export declare function stampFile(root: string, platform: string, arch: string): string;
export declare function makeStamp(stamp: NativeStamp): NativeStamp;
export declare function isUpToDate(root: string, stamp: NativeStamp): boolean;
export declare function writeStamp(root: string, stamp: NativeStamp): void;
export declare function looksLikeBinaryFor(bytes: Uint8Array, platform: string): boolean;
export declare function readVersions(root: string): { electron: string; betterSqlite3: string };
export declare function main(argv?: readonly string[], root?: string): void;
