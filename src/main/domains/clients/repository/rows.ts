/** A record as the contract shows it: a live row, without the deletion mark it was read with. */
export const withoutDeleted = <T extends { deletedAt: string | null }>(r: T): Omit<T, 'deletedAt'> => {
  const { deletedAt: _d, ...rest } = r;
  return rest;
};
