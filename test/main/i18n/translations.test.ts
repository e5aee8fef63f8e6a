import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/contract/errors';
import { LOCALES } from '../../../src/shared/contract/fields';
import { NAMESPACES, resources } from '../../../src/shared/i18n/resources';

const flatten = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

const localesDir = path.resolve(__dirname, '../../../src/shared/i18n/locales');

describe('translations', () => {
  it('zh-CN and en-US have identical key sets in every namespace', () => {
    for (const ns of NAMESPACES) {
      expect(flatten(resources['en-US'][ns]).sort(), ns).toEqual(flatten(resources['zh-CN'][ns]).sort());
    }
  });

  it('every locale file on disk is loaded, and every namespace has a file in each locale', () => {
    for (const locale of LOCALES) {
      const files = fs
        .readdirSync(path.join(localesDir, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''));
      expect(files.sort(), locale).toEqual([...NAMESPACES].sort());
      expect(Object.keys(resources[locale]).sort(), `${locale}/index.ts`).toEqual([...NAMESPACES].sort());
    }
  });

  it('every error code of the closed list has a message in both languages', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES)
        expect(
          resources[locale].errors[code as keyof (typeof resources)['zh-CN']['errors']],
          `${locale} ${code}`,
        ).toBeTruthy();
    }
  });

  it('every validation key main can send exists in both languages', () => {
    const sources = ['src/shared', 'src/main'].flatMap((d) =>
      listFiles(path.resolve(__dirname, '../../..', d)),
    );
    const keys = new Set<string>();
    for (const file of sources) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'validation\.([A-Za-z]+)'/g)) keys.add(m[1]!);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/message: '([A-Za-z]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(10);
    for (const locale of LOCALES)
      for (const k of keys)
        expect(resources[locale].validation, `${locale} validation.${k}`).toHaveProperty(k);
  });

  it('no translation is empty', () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) {
        const walk = (o: object, at: string) => {
          for (const [k, v] of Object.entries(o)) {
            if (v && typeof v === 'object') walk(v as object, `${at}.${k}`);
            else expect(String(v).trim(), `${locale}:${at}.${k}`).not.toBe('');
          }
        };
        walk(resources[locale][ns], ns);
      }
    }
  });
});

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
}
