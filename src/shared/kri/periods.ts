import type { KriFrequency } from './types';

/**
 * The periods of computed indicators: months or quarters of China calendar dates (the department's tickets,
 * clients and follow-ups all count China days), both ends included; the running one ends today.
 */
export interface KriPeriod {
  /** YYYY-MM or YYYY-Qn. */
  key: string;
  from: string;
  to: string;
  /** The running period, cut at today. */
  partial: boolean;
}

/** How many periods a computed indicator shows: two years of months, three of quarters. */
export const KRI_PERIODS_SHOWN: Record<KriFrequency, number> = { monthly: 24, quarterly: 12 };

const pad = (n: number) => String(n).padStart(2, '0');
const firstOf = (year: number, month0: number): string => {
  const d = new Date(Date.UTC(year, month0, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
};
const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The last `count` periods up to the one holding `today`, oldest first; the last is cut at today. */
export function kriPeriods(frequency: KriFrequency, today: string, count: number): KriPeriod[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const months = frequency === 'monthly' ? 1 : 3;
  const start0 = frequency === 'monthly' ? m - 1 : Math.floor((m - 1) / 3) * 3;
  const periods: KriPeriod[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const month0 = start0 - i * months;
    const from = firstOf(y, month0);
    const end = dayBefore(firstOf(y, month0 + months));
    const partial = i === 0;
    const year = Number(from.slice(0, 4));
    const key =
      frequency === 'monthly'
        ? from.slice(0, 7)
        : `${year}-Q${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1}`;
    periods.push({ key, from, to: partial ? today : end, partial });
  }
  return periods;
}
