import type { Stage } from '../../../../shared/sales/stages';

/** Each stage's colour on tags and board columns: cool while early, warmer as the deal nears, green won, grey lost. */
export const STAGE_COLOR: Record<Stage, string> = {
  lead: 'default',
  screened: 'cyan',
  keyTarget: 'blue',
  needsConfirmed: 'geekblue',
  proposal: 'purple',
  visit: 'magenta',
  negotiation: 'orange',
  won: 'green',
  lost: 'default',
};

/** Fen to yuan for the money inputs, and back (whole fen). */
export const toYuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);
export const toFen = (yuan: number | null | undefined): number | null =>
  yuan === null || yuan === undefined ? null : Math.round(yuan * 100);
