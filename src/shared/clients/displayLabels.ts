import { industryKey, provinceKey } from './catalog';
import type { Client } from './types';

/** A translation of a fixed key: i18next's t (screen or main), or a remembering wrapper of it. */
export type Translate = (key: string) => string;

/** Stored as the Chinese name; English shows the English one when the value is from the list. */
export function industryLabel(t: Translate, value: string | null | undefined): string {
  const key = industryKey(value);
  return key ? t(`clients:industries.${key}`) : (value ?? '');
}

export function provinceLabel(t: Translate, value: string | null | undefined): string {
  const key = provinceKey(value);
  return key ? t(`clients:provinces.${key}`) : (value ?? '');
}

/**
 * A client's region as people read it: the province in the chosen language, then the city as stored.
 * Every printed and exported region goes through here, so the province → city catalogue's own label
 * function replaces this body alone when it lands.
 */
export function regionLabel(t: Translate, c: Pick<Client, 'province' | 'city'>): string {
  return [provinceLabel(t, c.province), c.city].filter(Boolean).join(' · ');
}
