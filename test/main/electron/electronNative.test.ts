import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isUpToDate,
  looksLikeBinaryFor,
  makeStamp,
  parseArgs,
  readVersions,
  stampFile,
  targetBinary,
  writeStamp,
} from '../../../scripts/electron-native.mjs';
import { appLocations } from '../../../src/main/electron/appLocations';
import { tempDir } from '../../support/core';

const HOST = { platform: 'linux', arch: 'x64' };

describe('electron-native arguments', () => {
  it('defaults to the running machine', () => {
    expect(parseArgs([], HOST)).toEqual({ platform: 'linux', arches: ['x64'] });
  });

  it('takes a platform and a comma-separated arch list, in either flag form', () => {
    expect(parseArgs(['--platform', 'darwin', '--arch', 'x64,arm64'], HOST)).toEqual({
      platform: 'darwin',
      arches: ['x64', 'arm64'],
    });
    expect(parseArgs(['--platform=win32', '--arch=x64'], HOST)).toEqual({
      platform: 'win32',
      arches: ['x64'],
    });
    expect(parseArgs(['--arch', 'arm64, arm64'], HOST)).toEqual({ platform: 'linux', arches: ['arm64'] });
  });

  it('rejects unknown options and values with a message', () => {
    expect(() => parseArgs(['--platform', 'beos'], HOST)).toThrow(/Unsupported platform/);
    expect(() => parseArgs(['--arch', 'x64,sparc'], HOST)).toThrow(/Unsupported arch "sparc"/);
    expect(() => parseArgs(['--arch'], HOST)).toThrow(/needs a value/);
    expect(() => parseArgs(['--force'], HOST)).toThrow(/Unknown option/);
  });
});

describe('electron-native output', () => {
  it('puts the binary exactly where the app looks for it in development', () => {
    const fromScript = targetBinary('/repo', 'darwin', 'arm64');
    const fromApp = appLocations({
      appRoot: '/repo',
      packaged: false,
      resourcesPath: '',
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(fromScript).toBe(fromApp.nativeBinding);
    expect(fromScript).toBe(path.join('/repo', '.native', 'electron', 'darwin-arm64', 'better_sqlite3.node'));
  });

  it('puts the binary where electron-builder.yml picks it up for each platform', () => {
    const config = fs.readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
    for (const platform of ['win32', 'darwin', 'linux']) {
      expect(config).toContain(`from: .native/electron/${platform}-\${arch}`);
    }
  });

  it('skips work only when a binary exists with a stamp for the same versions, platform and arch', () => {
    const root = tempDir();
    const stamp = makeStamp({ electron: '45.5.0', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' });
    expect(isUpToDate(root, stamp)).toBe(false);

    fs.mkdirSync(path.dirname(targetBinary(root, 'linux', 'x64')), { recursive: true });
    fs.writeFileSync(targetBinary(root, 'linux', 'x64'), 'binary');
    expect(isUpToDate(root, stamp)).toBe(false);

    writeStamp(root, stamp);
    expect(JSON.parse(fs.readFileSync(stampFile(root, 'linux', 'x64'), 'utf8'))).toEqual(stamp);
    expect(isUpToDate(root, stamp)).toBe(true);
    expect(isUpToDate(root, { ...stamp, electron: '46.0.0' })).toBe(false);
    expect(isUpToDate(root, { ...stamp, betterSqlite3: '12.12.0' })).toBe(false);
    expect(isUpToDate(root, { ...stamp, arch: 'arm64' })).toBe(false);

    fs.writeFileSync(stampFile(root, 'linux', 'x64'), '{ not json');
    expect(isUpToDate(root, stamp)).toBe(false);

    writeStamp(root, stamp);
    fs.rmSync(targetBinary(root, 'linux', 'x64'));
    expect(isUpToDate(root, stamp)).toBe(false);
  });

  it('recognises a native module for the wrong operating system', () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]);
    const pe = new Uint8Array([0x4d, 0x5a, 0x90, 0]);
    const machO = new Uint8Array([0xcf, 0xfa, 0xed, 0xfe]);
    expect(looksLikeBinaryFor(elf, 'linux')).toBe(true);
    expect(looksLikeBinaryFor(pe, 'win32')).toBe(true);
    expect(looksLikeBinaryFor(machO, 'darwin')).toBe(true);
    expect(looksLikeBinaryFor(elf, 'darwin')).toBe(false);
    expect(looksLikeBinaryFor(pe, 'linux')).toBe(false);
  });

  it('reads the installed Electron and better-sqlite3 versions', () => {
    const versions = readVersions(path.resolve(__dirname, '../../..'));
    expect(versions.electron).toMatch(/^\d+\.\d+\.\d+/);
    expect(versions.betterSqlite3).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => readVersions(tempDir())).toThrow(/not installed/);
  });
});
