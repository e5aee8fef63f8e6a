#!/usr/bin/env node
/**
 * Produces .native/electron/<platform>-<arch>/better_sqlite3.node for the installed Electron version.
 *
 * node_modules/better-sqlite3/build holds the build for Node's ABI, which the tests load; Electron needs
 * its own ABI. Rebuilding in place (electron-rebuild, install-app-deps) would break `npm test`, so the
 * package is copied to .native/work and built there: a prebuilt binary first (prebuild-install), else a
 * compile with node-gyp against Electron's headers (host platform and arch only).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PLATFORMS = ['win32', 'darwin', 'linux'];
export const ARCHES = ['x64', 'arm64', 'ia32', 'armv7l'];
const PACKAGE_PARTS = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];
const BINARY = 'better_sqlite3.node';

/** `--platform <p>` and `--arch <a,b>` (also `--flag=value`); both default to the running machine. */
export function parseArgs(argv, host = { platform: process.platform, arch: process.arch }) {
  const options = { platform: host.platform, arches: [host.arch] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag !== '--platform' && flag !== '--arch') throw new Error(`Unknown option: ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value`);
    if (flag === '--platform') options.platform = value;
    else
      options.arches = value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
  }
  if (!PLATFORMS.includes(options.platform)) {
    throw new Error(`Unsupported platform "${options.platform}" (one of ${PLATFORMS.join(', ')})`);
  }
  const unknown = options.arches.filter((a) => !ARCHES.includes(a));
  if (options.arches.length === 0 || unknown.length > 0) {
    throw new Error(`Unsupported arch "${unknown.join(',')}" (any of ${ARCHES.join(', ')})`);
  }
  options.arches = [...new Set(options.arches)];
  return options;
}

export function targetDir(root, platform, arch) {
  return path.join(root, '.native', 'electron', `${platform}-${arch}`);
}

/** The file the app loads in development and electron-builder ships as resources/native/better_sqlite3.node. */
export function targetBinary(root, platform, arch) {
  return path.join(targetDir(root, platform, arch), BINARY);
}

export function stampFile(root, platform, arch) {
  return path.join(targetDir(root, platform, arch), 'stamp.json');
}

export function makeStamp({ electron, betterSqlite3, platform, arch }) {
  return { electron, betterSqlite3, platform, arch };
}

/** Up to date when the binary exists and was built for exactly these versions, platform and arch. */
export function isUpToDate(root, stamp) {
  if (!fs.existsSync(targetBinary(root, stamp.platform, stamp.arch))) return false;
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(stampFile(root, stamp.platform, stamp.arch), 'utf8'));
  } catch {
    return false;
  }
  return Object.keys(stamp).every((key) => recorded?.[key] === stamp[key]);
}

export function writeStamp(root, stamp) {
  fs.writeFileSync(stampFile(root, stamp.platform, stamp.arch), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** First bytes of a native module for each OS: ELF, PE (MZ), Mach-O (thin 64-bit or universal). */
export function looksLikeBinaryFor(bytes, platform) {
  const head = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  if (platform === 'linux') return head === '7f454c46';
  if (platform === 'win32') return head.startsWith('4d5a');
  if (platform === 'darwin') return ['cffaedfe', 'cafebabe', 'feedfacf'].includes(head);
  return false;
}

export function readVersions(root) {
  const read = (pkg) => {
    const file = path.join(root, 'node_modules', pkg, 'package.json');
    if (!fs.existsSync(file))
      throw new Error(`${pkg} is not installed (${file} missing): run npm install first`);
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  };
  return { electron: read('electron'), betterSqlite3: read('better-sqlite3') };
}

/** npm exports the root package's metadata as npm_package_*; prebuild-install would read it as the addon's. */
function childEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_package_')));
}

function run(script, args, cwd) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit', env: childEnv() });
  return result.status === 0;
}

function prepareWorkDir(root) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const work = path.join(root, '.native', 'work', 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  for (const part of PACKAGE_PARTS) {
    fs.cpSync(path.join(source, part), path.join(work, part), { recursive: true });
  }
  return work;
}

function buildOne(root, work, versions, platform, arch) {
  fs.rmSync(path.join(work, 'build'), { recursive: true, force: true });
  const target = [
    '--runtime',
    'electron',
    '--target',
    versions.electron,
    '--arch',
    arch,
    '--platform',
    platform,
  ];
  console.log(
    `electron-native: better-sqlite3 ${versions.betterSqlite3} for Electron ${versions.electron} ${platform}-${arch}`,
  );
  let ok = run(path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), target, work);
  if (!ok && platform === process.platform && arch === process.arch) {
    console.log('electron-native: no prebuilt binary; compiling with node-gyp against Electron headers');
    ok = run(
      path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${versions.electron}`,
        '--dist-url=https://electronjs.org/headers',
        `--arch=${arch}`,
      ],
      work,
    );
  }
  const built = path.join(work, 'build', 'Release', BINARY);
  if (!ok || !fs.existsSync(built)) {
    throw new Error(
      `Could not get better-sqlite3 for Electron ${versions.electron} (${platform}-${arch}).\n` +
        'A prebuilt binary is downloaded from GitHub, or Electron headers from electronjs.org to compile one\n' +
        "(compiling works only for this machine's platform and arch, and needs a C++ toolchain).\n" +
        'Check the network connection or proxy settings, then run the command again; the result is\n' +
        'kept in .native/electron, so this is needed once per Electron version. npm test does not need it.',
    );
  }
  if (!looksLikeBinaryFor(fs.readFileSync(built), platform)) {
    throw new Error(`${built} is not a ${platform} binary; refusing to install it`);
  }
  fs.mkdirSync(targetDir(root, platform, arch), { recursive: true });
  fs.copyFileSync(built, targetBinary(root, platform, arch));
}

export function main(
  argv = process.argv.slice(2),
  root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
) {
  const { platform, arches } = parseArgs(argv);
  const versions = readVersions(root);
  let work = null;
  try {
    for (const arch of arches) {
      const stamp = makeStamp({ ...versions, platform, arch });
      if (isUpToDate(root, stamp)) {
        console.log(`electron-native: ${platform}-${arch} is up to date (Electron ${versions.electron})`);
        continue;
      }
      work ??= prepareWorkDir(root);
      buildOne(root, work, versions, platform, arch);
      writeStamp(root, stamp);
    }
  } finally {
    if (work) fs.rmSync(path.join(root, '.native', 'work'), { recursive: true, force: true });
  }
}

function invokedDirectly() {
  try {
    return (
      Boolean(process.argv[1]) && pathToFileURL(fs.realpathSync(process.argv[1])).href === import.meta.url
    );
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  try {
    main();
  } catch (err) {
    console.error(`electron-native: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
