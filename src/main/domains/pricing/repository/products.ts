import type { ProductKind } from '../../../../shared/pricing/types';
import type { Stamp } from '../../../core/mutation';
import type { Clause } from '../../../db/clause';
import { stmt, type Db } from '../../../db/connection';

/** A product or service of the price system, as stored (floor included: main strips it per reader). */
export interface ProductRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string | null;
  kind: ProductKind;
  unit: string;
  listPriceFen: number;
  floorPriceFen: number;
  validFrom: string;
  validTo: string | null;
  active: boolean;
  version: number;
}

export interface ProductWrite {
  code: string;
  nameZh: string;
  nameEn: string | null;
  kind: ProductKind;
  unit: string;
  listPriceFen: number;
  floorPriceFen: number;
  validFrom: string;
  validTo: string | null;
  active: boolean;
}

const SELECT = `
  SELECT p.id, p.code, p.name_zh AS nameZh, p.name_en AS nameEn, p.kind, p.unit,
         p.list_price_fen AS listPriceFen, p.floor_price_fen AS floorPriceFen, p.valid_from AS validFrom,
         p.valid_to AS validTo, p.active, p.version
  FROM products p`;

type Raw = Omit<ProductRow, 'active'> & { active: number };
const toRow = (r: Raw): ProductRow => ({ ...r, active: r.active === 1 });

export function getProductRow(db: Db, id: string): ProductRow | null {
  const r = stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

/** The product holding this code, if any (codes are unique, compared as typed). */
export function productIdByCode(db: Db, code: string): string | null {
  const r = stmt(db, `SELECT id FROM products WHERE code = ?`).get(code) as { id: string } | undefined;
  return r?.id ?? null;
}

const params = (w: ProductWrite) => ({ ...w, active: w.active ? 1 : 0 });

export function insertProduct(db: Db, id: string, w: ProductWrite, stamp: Stamp): void {
  stmt(
    db,
    `INSERT INTO products (id, code, name_zh, name_en, kind, unit, list_price_fen, floor_price_fen, valid_from,
       valid_to, active, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @nameZh, @nameEn, @kind, @unit, @listPriceFen, @floorPriceFen, @validFrom,
       @validTo, @active, @at, @at, @by, @by)`,
  ).run({ ...params(w), id, at: stamp.at, by: stamp.by });
}

/** Writes the product at the version read; false when that version is gone. */
export function updateProduct(db: Db, id: string, version: number, w: ProductWrite, stamp: Stamp): boolean {
  return (
    stmt(
      db,
      `UPDATE products SET code = @code, name_zh = @nameZh, name_en = @nameEn, kind = @kind, unit = @unit,
         list_price_fen = @listPriceFen, floor_price_fen = @floorPriceFen, valid_from = @validFrom,
         valid_to = @validTo, active = @active, updated_at = @at, updated_by = @by, version = version + 1
       WHERE id = @id AND version = @version`,
    ).run({ ...params(w), id, version, at: stamp.at, by: stamp.by }).changes === 1
  );
}

/** A page of products matching `where`, by code. */
export function productPage(
  db: Db,
  where: Clause,
  limit: number,
  offset: number,
): { rows: ProductRow[]; total: number } {
  const rows = (
    stmt(db, `${SELECT} WHERE ${where.sql} ORDER BY p.code LIMIT ? OFFSET ?`).all(
      ...where.params,
      limit,
      offset,
    ) as Raw[]
  ).map(toRow);
  const { total } = stmt(db, `SELECT count(*) AS total FROM products p WHERE ${where.sql}`).get(
    ...where.params,
  ) as { total: number };
  return { rows, total };
}
