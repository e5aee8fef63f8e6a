import type { TicketChannel } from '../../src/shared/service/types';
import type { TicketRowSeed } from './serviceTickets';

/**
 * A believable run of complaints for reports and screens (not for arithmetic — stats.test.ts has the
 * hand-worked fixture): a few a day, most about product quality and delivery, answered within hours,
 * resolved within days, most clients satisfied, some late, a few never answered, a few reopened.
 * Deterministic: the same seed gives the same tickets.
 */
const CATEGORIES: [string, number, string[]][] = [
  ['product_quality', 38, ['production', 'quality']],
  ['delivery', 26, ['logistics']],
  ['service_attitude', 15, ['customer_service', 'sales']],
  ['billing', 13, ['finance']],
  ['other', 8, ['market']],
];
const CHANNELS: [TicketChannel, number][] = [
  ['hotline', 45],
  ['wechat', 22],
  ['email', 18],
  ['walk_in', 10],
  ['other', 5],
];
const HOUR = 3_600_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(
  r: () => number,
  weighted: readonly (readonly [T, number, ...unknown[]])[],
): readonly [T, number, ...unknown[]] {
  const total = weighted.reduce((s, w) => s + w[1], 0);
  let x = r() * total;
  for (const w of weighted) if ((x -= w[1]) < 0) return w;
  return weighted[weighted.length - 1]!;
}

/** Complaints received from `from` to `to` (China dates), about `perDay` a day, as of `now`. */
export function complaintYear(p: {
  from: string;
  to: string;
  perDay: number;
  now: string;
  seed?: number;
}): TicketRowSeed[] {
  const r = random(p.seed ?? 20261127);
  const start = Date.parse(`${p.from}T00:00:00+08:00`);
  const end = Date.parse(`${p.to}T00:00:00+08:00`) + 24 * HOUR;
  const now = Date.parse(p.now);
  const seeds: TicketRowSeed[] = [];
  for (let day = start; day < end; day += 24 * HOUR) {
    const n = Math.floor(p.perDay * 2 * r());
    for (let i = 0; i < n; i++) {
      const received = day + (8 + r() * 11) * HOUR;
      if (received > now) continue;
      const [category, , departments] = pick(r, CATEGORIES) as [string, number, string[]];
      const [channel] = pick(r, CHANNELS) as [TicketChannel, number];
      const responseHours = r() < 0.85 ? 0.25 + r() * 3.5 : 4 + r() * 8;
      const resolutionHours = responseHours + (r() < 0.8 ? 6 + r() * 60 : 72 + r() * 60);
      const responded = received + responseHours * HOUR <= now && r() > 0.02;
      const resolved = responded && received + resolutionHours * HOUR <= now && r() > 0.05;
      const closedAt = resolved ? received + (resolutionHours + 24) * HOUR : null;
      const isClosed = closedAt !== null && closedAt <= now;
      const score = isClosed ? (r() < 0.7 ? 4 + Math.round(r()) : 1 + Math.floor(r() * 3)) : null;
      const iso = (ms: number) => new Date(ms).toISOString();
      seeds.push({
        receivedAt: iso(received),
        category,
        channel,
        severity: r() < 0.1 ? 'critical' : r() < 0.3 ? 'major' : 'normal',
        responseDueAt: iso(received + 4 * HOUR),
        resolutionDueAt: iso(received + 72 * HOUR),
        firstResponseAt: responded ? iso(received + responseHours * HOUR) : null,
        resolvedAt: resolved ? iso(received + resolutionHours * HOUR) : null,
        responsibleDept: responded ? departments[Math.floor(r() * departments.length)]! : null,
        status: isClosed ? 'closed' : resolved ? 'feedback' : responded ? 'resolving' : 'registered',
        satisfactionScore: score,
        clientSatisfied: score === null ? null : score >= 4,
        closedAt: isClosed ? iso(closedAt) : null,
        reopenCount: isClosed && r() < 0.04 ? 1 : 0,
      });
    }
  }
  return seeds;
}
