import type { TFunction } from 'i18next';
import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  CLIENT_TYPES,
  COMMUNICATION_CHANNELS,
  VALUE_TIERS,
} from '../../../../shared/clients/types';
import type { ImportColumn } from '../../../../shared/clients/fileTypes';
import { translator } from '../../../i18n/translate';

/** The closed lists a client file's cells are chosen from, by the name their labels live under. */
export const CLIENT_ENUMS = {
  type: CLIENT_TYPES,
  source: CLIENT_SOURCES,
  tier: VALUE_TIERS,
  status: CLIENT_STATUSES,
  channel: COMMUNICATION_CHANNELS,
} as const;
export type ClientEnum = keyof typeof CLIENT_ENUMS;

/**
 * The label of a listed value: the client screens' own wording (`clients:`) so exports and prints read like
 * the screens, else this namespace's (`clientFiles:enums.`), else the value itself.
 */
export function enumLabel(t: TFunction, kind: ClientEnum, value: string): string {
  const own = t(`clientFiles:enums.${kind}.${value}`, { defaultValue: value });
  return t(`clients:${kind}.${value}`, { defaultValue: own });
}

/** Every wording of a listed value the app knows in either language (screens and this namespace). */
export function enumLabelsBothLanguages(kind: ClientEnum, value: string): string[] {
  const out = new Set<string>();
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const t = translator(locale);
    out.add(t(`clientFiles:enums.${kind}.${value}`, { defaultValue: value }));
    out.add(t(`clients:${kind}.${value}`, { defaultValue: value }));
  }
  return [...out];
}

export const columnLabel = (t: TFunction, column: ImportColumn): string => t(`clientFiles:columns.${column}`);

/** "客户名称 Name": the Chinese and English wording side by side (once when they are the same). */
export function bilingual(key: string, params?: Record<string, unknown>): string {
  const zh = translator('zh-CN')(key, params);
  const en = translator('en-US')(key, params);
  return zh === en ? zh : `${zh} ${en}`;
}

/** The value as the template's drop-down lists spell it: Chinese and English labels side by side. */
export function bilingualEnum(kind: ClientEnum, value: string): string {
  const zh = enumLabel(translator('zh-CN'), kind, value);
  const en = enumLabel(translator('en-US'), kind, value);
  return zh === en ? zh : `${zh} ${en}`;
}
