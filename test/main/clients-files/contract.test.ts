import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientFileChannels } from '../../../src/shared/clients/fileChannels';
import {
  IMPORT_COLUMNS,
  IMPORT_OUTCOMES,
  IMPORT_REASONS,
  IMPORT_MODES,
} from '../../../src/shared/clients/fileTypes';
import { decodeWire, encodeWire } from '../../../src/shared/contract/wire';
import { PERMISSION_MATRIX } from '../../../src/shared/contract/permissions';
import { LOCALES } from '../../../src/shared/contract/fields';
import { resources } from '../../../src/shared/i18n/resources';
import { translator } from '../../../src/main/i18n/translate';

const FILES_DIR = path.resolve(__dirname, '../../../src/main/domains/clients/files');
const STORE_DIR = path.resolve(__dirname, '../../../src/main/files');
const ID = '01900000-0000-7000-8000-000000000001';

describe('the client-file channels', () => {
  it('name only existing permissions', () => {
    for (const [name, def] of Object.entries(clientFileChannels))
      expect(Object.keys(PERMISSION_MATRIX), name).toContain(def.access);
  });

  it('take bytes as a Uint8Array, as they arrive over IPC and over the harness wire', () => {
    const input = { clientId: ID, fileName: '营业执照.pdf', bytes: new Uint8Array([1, 2, 3]) };
    const overWire = decodeWire(encodeWire(input));
    expect(clientFileChannels['attachments.add'].input.parse(overWire)).toEqual(input);
    expect(
      clientFileChannels['attachments.add'].input.safeParse({ ...input, bytes: [1, 2, 3] }).success,
    ).toBe(false);
    expect(clientFileChannels['attachments.add'].input.safeParse({ ...input, fileName: '  ' }).success).toBe(
      false,
    );
    expect(
      clientFileChannels['clients.import.preview'].input.safeParse({
        fileName: 'a.xlsx',
        bytes: Buffer.from('x'),
      }).success,
    ).toBe(true);
  });

  it('default what a caller may leave out', () => {
    expect(clientFileChannels['clients.import.commit'].input.parse({ jobId: ID, mode: 'update' })).toEqual({
      jobId: ID,
      mode: 'update',
      skipInvalid: false,
    });
    expect(
      clientFileChannels['clients.import.commit'].input.safeParse({ jobId: ID, mode: 'merge' }).success,
    ).toBe(false);
    expect(clientFileChannels['clients.import.rows'].input.parse({ jobId: ID })).toMatchObject({
      filter: 'problems',
      page: 1,
    });
    expect(clientFileChannels['clients.printSheet'].input.parse({ id: ID, locale: 'en-US' })).toEqual({
      id: ID,
      locale: 'en-US',
      communications: 10,
    });
    expect(clientFileChannels['clients.export'].input.parse({ locale: 'zh-CN' })).toMatchObject({
      sort: 'updatedAt',
      order: 'desc',
      tiers: [],
      stale: false,
    });
  });
});

describe('translations the client-file code uses', () => {
  it('every validation key it sends exists in both languages', () => {
    const keys = new Set<string>();
    // The client-file code and the app's file store it keeps its attachments' bytes in.
    const sources = [FILES_DIR, STORE_DIR].flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(dir, f)),
    );
    for (const file of sources) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:fileError|fileField)\('([A-Za-z]+)'/g)) keys.add(m[1]!);
      for (const m of src.matchAll(/'validation\.([A-Za-z]+)'/g)) keys.add(m[1]!);
    }
    expect([...keys].sort()).toEqual(
      expect.arrayContaining([
        'attachmentMissing',
        'cellError',
        'fileTooLarge',
        'importCorrupt',
        'importNotXlsx',
      ]),
    );
    for (const locale of LOCALES)
      for (const k of keys) expect(resources[locale].validation, `${locale} ${k}`).toHaveProperty(k);
  });

  it('every column, mode, outcome and reason has a label in both languages', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      const has = (key: string) => expect(t(key, { defaultValue: '' }), `${locale} ${key}`).not.toBe('');
      for (const c of IMPORT_COLUMNS) {
        has(`clientFiles:columns.${c}`);
        has(`clientFiles:template.hints.${c}`);
      }
      for (const m of IMPORT_MODES) has(`clientFiles:import.modes.${m}`);
      for (const o of IMPORT_OUTCOMES) has(`clientFiles:import.outcomes.${o}`);
      for (const r of IMPORT_REASONS) has(`clientFiles:import.reasons.${r}`);
    }
  });
});
