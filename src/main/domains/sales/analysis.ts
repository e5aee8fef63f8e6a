import type { SalesScope, ForecastMonth, Funnel, LostReasonRow } from '../../../shared/sales/types';
import { STAGES, type Stage } from '../../../shared/sales/stages';
import type { UserCtx } from '../../core/context';
import { allOf } from './listQuery';
import { probabilitySql, salesBook } from './opportunityView';
import { forecastRows, lostReasonRows } from './repository/opportunities';
import { cohortReach, stageStays } from './repository/stageChanges';
import { salesListScope } from './visibility';

/*
 * The pipeline's figures: the funnel of the opportunities created in a period (how many reached each stage,
 * the conversion from one to the next, the average days spent in each), the weighted forecast by month of
 * expected close, and the reasons deals were lost. Periods are China calendar days.
 */

const FUNNEL_STAGES: readonly Stage[] = STAGES.filter((s) => s !== 'lost');

/** The UTC instant a China day starts. */
const chinaDayStart = (day: string): string => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const scoped = (ctx: UserCtx, scope: SalesScope) =>
  allOf([{ sql: 'o.deleted_at IS NULL', params: [] }, salesListScope(ctx.db, ctx.user, scope)]);

export function funnel(ctx: UserCtx, input: { from: string; to: string; scope: SalesScope }): Funnel {
  const where = scoped(ctx, input.scope);
  const fromIso = chinaDayStart(input.from);
  const toIso = chinaDayStart(nextDay(input.to));
  const reach = cohortReach(ctx.db, where, fromIso, toIso);
  const reached = FUNNEL_STAGES.map((_s, i) =>
    reach.filter((r) => r.furthest >= i).reduce((n, r) => n + r.count, 0),
  );
  const stays = new Map(
    stageStays(ctx.db, where, fromIso, toIso)
      .filter((s) => s.stays > 0)
      .map((s) => [s.stage, s]),
  );
  return {
    from: input.from,
    to: input.to,
    created: reached[0]!,
    won: reached[FUNNEL_STAGES.indexOf('won')]!,
    lost: reach.reduce((n, r) => n + r.lost, 0),
    steps: FUNNEL_STAGES.map((stage, i) => {
      const next = reached[i + 1];
      const here = reached[i]!;
      const stay = stays.get(stage);
      return {
        stage,
        reached: here,
        conversionToNext: next === undefined || here === 0 ? null : Math.round((next / here) * 1000) / 10,
        averageDays: stay ? Math.round(stay.averageDays! * 10) / 10 : null,
        stays: stay?.stays ?? 0,
      };
    }),
  };
}

const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

export function forecast(
  ctx: UserCtx,
  input: { from: string; months: number; scope: SalesScope },
): ForecastMonth[] {
  const book = salesBook(ctx);
  const last = addMonths(input.from, input.months - 1);
  const rows = new Map(
    forecastRows(
      ctx.db,
      scoped(ctx, input.scope),
      probabilitySql(book),
      `${input.from}-01`,
      `${last}-31`,
    ).map((r) => [r.month, r]),
  );
  return Array.from({ length: input.months }, (_x, i) => {
    const month = addMonths(input.from, i);
    const r = rows.get(month);
    return {
      month,
      open: r?.open ?? 0,
      amountFen: r?.amountFen ?? 0,
      weightedFen: r?.weightedFen ?? 0,
      wonFen: r?.wonFen ?? 0,
    };
  });
}

export function lostReasons(
  ctx: UserCtx,
  input: { from: string; to: string; scope: SalesScope },
): LostReasonRow[] {
  return lostReasonRows(ctx.db, scoped(ctx, input.scope), input.from, input.to);
}
