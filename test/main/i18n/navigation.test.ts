import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/shared/contract/fields';
import { resources } from '../../../src/shared/i18n/resources';
import { NAV_ITEM_AREAS, type NavItemArea } from '../../../src/renderer/src/app/navItems';

/** The menu's label key `ns:a.b` looked up in a locale's resources. */
function label(locale: (typeof LOCALES)[number], key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      (resources[locale] as Record<string, unknown>)[ns],
    );
}

describe('the navigation menu', () => {
  const areas: readonly NavItemArea[] = NAV_ITEM_AREAS;
  const entries = areas.flatMap((a) => a.entries);

  it('has each area once, each entry once and each page once (antd keys a menu by them)', () => {
    const twice = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(twice(areas.map((a) => a.key))).toEqual([]);
    expect(twice(entries.map((e) => e.key))).toEqual([]);
    expect(twice(entries.map((e) => e.path))).toEqual([]);
  });

  it('labels every area and entry in both languages', () => {
    const keys = [...areas.flatMap((a) => (a.label ? [a.label] : [])), ...entries.map((e) => e.label)];
    for (const locale of LOCALES)
      expect(keys.filter((k) => typeof label(locale, k) !== 'string').map((k) => `${locale} ${k}`)).toEqual(
        [],
      );
  });
});
