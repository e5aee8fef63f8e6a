import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * electron-builder cannot run here (it needs the Electron binary), so its configuration is checked the way
 * electron-builder itself would load and validate it, against the installed app-builder-lib's schema.
 */

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);

interface FileSet {
  from?: string;
  to?: string;
  filter?: string | string[];
}
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: (string | FileSet)[];
  npmRebuild?: boolean;
  asarUnpack?: string[];
  extraResources?: FileSet[];
  electronFuses?: Record<string, boolean>;
  win?: { target?: { target: string; arch: string[] }[]; extraResources?: FileSet[] };
  mac?: { target?: { target: string; arch: string[] }[]; extraResources?: FileSet[] };
  linux?: { target?: { target: string; arch: string[] }[]; extraResources?: FileSet[] };
}

const builderConfig = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(
    config: BuilderConfig,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};

const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (s: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
};
const FILE = { isDirectory: () => false };

/** Whether electron-builder would copy `relative` (under `from`) given these patterns. */
function ships(from: string, patterns: string[], relative: string): boolean {
  return new FileMatcher(from, '/packaged', (s) => s, patterns).createFilter()(
    path.join(from, relative),
    FILE,
  );
}

let config: BuilderConfig;
beforeAll(async () => {
  config = await builderConfig.getConfig(ROOT, null, null);
});

describe('electron-builder.yml', () => {
  it('passes the schema of the installed electron-builder', async () => {
    await expect(
      builderConfig.validateConfiguration(config, { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it('names the app and ships only the build output', () => {
    expect(config).toMatchObject({
      appId: 'com.bizops.desk',
      productName: 'BizOps Desk',
      directories: { output: 'dist' },
    });
    // electron-builder normalises plain patterns into one file set.
    const patterns = (config.files ?? []).flatMap((f) =>
      typeof f === 'string' ? [f] : [f.filter ?? []].flat(),
    );
    expect(patterns).toEqual(
      expect.arrayContaining([
        'out/**',
        'package.json',
        '!**/node_modules/better-sqlite3/{build,deps,src}/**',
      ]),
    );
  });

  it('leaves the Node-ABI build of better-sqlite3 out, keeping its JavaScript', () => {
    // Node modules are matched by electron-builder with "**/*" plus the exclusions from `files`.
    const patterns = (config.files ?? []).flatMap((f) =>
      typeof f === 'string' ? [f] : [f.filter ?? []].flat(),
    );
    const moduleFilter = ['**/*', ...patterns.filter((p) => p.startsWith('!'))];
    expect(ships(ROOT, moduleFilter, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(
      false,
    );
    expect(ships(ROOT, moduleFilter, 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c')).toBe(false);
    expect(ships(ROOT, moduleFilter, 'node_modules/better-sqlite3/lib/index.js')).toBe(true);
    expect(ships(ROOT, moduleFilter, 'node_modules/better-sqlite3/package.json')).toBe(true);
    expect(ships(ROOT, moduleFilter, 'src/main/index.ts')).toBe(false);
  });

  it('never rebuilds node_modules, and unpacks native modules from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('ships each target its own Electron build of better-sqlite3 as resources/native', () => {
    const cases = [
      [config.win, 'win32', 'nsis', ['x64']],
      [config.mac, 'darwin', 'dmg', ['x64', 'arm64']],
      [config.linux, 'linux', 'AppImage', ['x64']],
    ] as const;
    for (const [platformConfig, platform, target, arches] of cases) {
      expect(platformConfig?.target).toEqual([{ target, arch: arches }]);
      expect(platformConfig?.extraResources).toEqual([
        { from: `.native/electron/${platform}-\${arch}`, to: 'native', filter: ['better_sqlite3.node'] },
      ]);
    }
  });

  it('ships the report fonts in the layout fonts.ts reads (css beside files/)', () => {
    const fonts = config.extraResources?.find((r) => r.to === 'fontsource');
    expect(fonts?.from).toBe('node_modules/@fontsource/noto-sans-sc');
    const dir = path.join(ROOT, fonts!.from!);
    const filter = [fonts?.filter ?? []].flat();
    expect(ships(dir, filter, '500.css')).toBe(false);
    expect(ships(dir, filter, 'files/noto-sans-sc-0-400-normal.woff')).toBe(false);
    expect(ships(dir, filter, 'files/noto-sans-sc-0-500-normal.woff2')).toBe(false);
    for (const weight of ['400', '700']) {
      expect(ships(dir, filter, `${weight}.css`)).toBe(true);
      // Every font file the CSS points at must be one the filter ships.
      const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
      const referenced = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff2)\)/g)].map((m) => m[1]!);
      expect(referenced.length).toBeGreaterThan(0);
      for (const file of referenced) {
        expect(file).toMatch(new RegExp(`-${weight}-normal\\.woff2$`));
        expect(fs.existsSync(path.join(dir, 'files', file))).toBe(true);
        expect(ships(dir, filter, `files/${file}`)).toBe(true);
      }
    }
  });

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
