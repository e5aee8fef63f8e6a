/** What each of `count` cost, in fen, rounded to the fen; null when there is nothing to divide by. */
export const costPer = (costFen: number, count: number): number | null =>
  count > 0 ? Math.round(costFen / count) : null;
