import path from 'node:path';

export interface AppLocationInputs {
  /** app.getAppPath(): the project root in development, app.asar when packaged. */
  appRoot: string;
  packaged: boolean;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  platform: NodeJS.Platform;
  arch: string;
}

export interface AppLocations {
  preload: string;
  rendererFile: string;
  /** better_sqlite3.node built for Electron's ABI (scripts/electron-native.mjs, or shipped in resources). */
  nativeBinding: string;
  /** Bundled Noto Sans SC; undefined lets the core find @fontsource in node_modules. */
  fontsDir?: string;
}

/**
 * Where the pieces the app loads live. The Electron build of better-sqlite3 never sits in
 * node_modules/better-sqlite3/build, which keeps the Node build the tests use.
 */
export function appLocations(inputs: AppLocationInputs): AppLocations {
  const { appRoot, packaged, resourcesPath } = inputs;
  return {
    preload: path.join(appRoot, 'out', 'preload', 'index.js'),
    rendererFile: path.join(appRoot, 'out', 'renderer', 'index.html'),
    nativeBinding: packaged
      ? path.join(resourcesPath, 'native', 'better_sqlite3.node')
      : path.join(appRoot, '.native', 'electron', `${inputs.platform}-${inputs.arch}`, 'better_sqlite3.node'),
    fontsDir: packaged ? path.join(resourcesPath, 'fontsource', 'files') : undefined,
  };
}
