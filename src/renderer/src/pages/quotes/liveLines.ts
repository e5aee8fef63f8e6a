import { isBelowFloor, lineAmountFen } from '../../../../shared/pricing/rules';
import type { QuoteLine } from '../../../../shared/pricing/types';
import { toFen } from '../contracts/labels';

/** A line as the editor holds it: prices in yuan, anything possibly not typed yet. */
export interface LineValues {
  productId?: string | null;
  description?: string;
  unit?: string;
  quantity?: number | null;
  /** Yuan on screen. */
  unitPriceFen?: number | null;
  discountPct?: number | null;
}

export interface LiveLine {
  amountFen: number;
  /** The floor this user may see for the line's product (null: none, or not theirs to see). */
  floorFen: number | null;
  belowFloor: boolean;
}

/** The saved line still says what is on screen: the server's flag on it still holds. */
function unchanged(v: LineValues, saved: QuoteLine): boolean {
  return (
    (v.productId ?? null) === saved.productId &&
    toFen(v.unitPriceFen) === saved.unitPriceFen &&
    (v.discountPct ?? 0) === saved.discountPct
  );
}

/**
 * Each line's amount and below-floor flag as typed, by the same rules main applies: live against the floors
 * this user sees (the products' floors), and the server's saved flag for a line unchanged since it was saved —
 * so a user outside the floor audience still sees which saved line needs approval.
 */
export function liveLines(
  lines: readonly (LineValues | undefined)[],
  floors: ReadonlyMap<string, number | null>,
  saved: readonly QuoteLine[],
): LiveLine[] {
  return lines.map((v, i) => {
    if (!v) return { amountFen: 0, floorFen: null, belowFloor: false };
    const price = toFen(v.unitPriceFen);
    const discount = v.discountPct ?? 0;
    const floorFen = v.productId ? (floors.get(v.productId) ?? null) : null;
    const before = saved[i];
    const flagged = before !== undefined && before.belowFloor && unchanged(v, before);
    return {
      amountFen: lineAmountFen(v.quantity ?? 0, price, discount),
      floorFen: floorFen ?? (flagged ? before.floorPriceFen : null),
      belowFloor: isBelowFloor(price, discount, floorFen) || flagged,
    };
  });
}
