import { AppError } from '../../../shared/contract/errors';
import type { FieldError } from '../../../shared/contract/errors';
import type { ProductFilter, ProductInput } from '../../../shared/pricing/channels';
import type { Product, ProductPage } from '../../../shared/pricing/types';
import { diffRecords } from '../../core/auditDiff';
import type { Ctx, UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { conflict, fieldRefusal, notFound } from '../../core/refusals';
import type { Clause } from '../../db/clause';
import {
  getProductRow,
  insertProduct,
  productIdByCode,
  productPage,
  updateProduct,
  type ProductRow,
} from './repository/products';
import { productAuditView, toProduct } from './views';
import { floorVisible } from './visibility';

/*
 * The price system (三(二)3): the manager keeps the products and services, each with its unit, list price,
 * floor price (never above the list price) and validity; everyone reads them, floors only the audience.
 */

const likePattern = (search: string): string =>
  `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function productWhere(f: ProductFilter): Clause {
  const parts: Clause[] = [];
  if (f.kinds.length)
    parts.push({ sql: `p.kind IN (${f.kinds.map(() => '?').join(', ')})`, params: [...new Set(f.kinds)] });
  if (f.offeredOn)
    parts.push({
      sql: `p.active = 1 AND p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?)`,
      params: [f.offeredOn, f.offeredOn],
    });
  if (f.search) {
    const like = likePattern(f.search);
    parts.push({
      sql: `(lower(p.code) LIKE ? ESCAPE '\\' OR lower(p.name_zh) LIKE ? ESCAPE '\\'
             OR lower(coalesce(p.name_en, '')) LIKE ? ESCAPE '\\')`,
      params: [like, like, like],
    });
  }
  if (parts.length === 0) return { sql: '1', params: [] };
  return { sql: parts.map((c) => c.sql).join(' AND '), params: parts.flatMap((c) => c.params) };
}

export function listProducts(
  ctx: UserCtx,
  input: ProductFilter & { page: number; pageSize: number },
): ProductPage {
  const { page, pageSize, ...filter } = input;
  const visible = floorVisible(ctx);
  const found = productPage(ctx.db, productWhere(filter), pageSize, (page - 1) * pageSize);
  return {
    items: found.rows.map((r) => toProduct(r, visible)),
    total: found.total,
    page,
    pageSize,
    floorVisible: visible,
  };
}

/** A product as stored, for the quotes (which need its floor whoever reads). */
export function productForQuote(ctx: Ctx, id: string): ProductRow | null {
  return getProductRow(ctx.db, id);
}

/** The rules between a product's fields: the floor at most the list price, the validity in order. */
function productProblems(ctx: Ctx, input: ProductInput, id: string | null): void {
  const fields: Record<string, FieldError> = {};
  if (input.floorPriceFen > input.listPriceFen) fields.floorPriceFen = { key: 'validation.floorAboveList' };
  if (input.validTo !== null && input.validTo < input.validFrom)
    fields.validTo = { key: 'validation.validToBeforeFrom' };
  const holder = productIdByCode(ctx.db, input.code);
  if (holder !== null && holder !== id) {
    if (Object.keys(fields).length === 0) throw fieldRefusal('DUPLICATE', 'code', 'validation.duplicate');
    fields.code = { key: 'validation.duplicate' };
  }
  if (Object.keys(fields).length)
    throw new AppError('VALIDATION', `${Object.keys(fields).join(', ')}: invalid`, { fields });
}

export function createProduct(ctx: UserCtx, input: ProductInput): Product {
  productProblems(ctx, input, null);
  return mutate(ctx, (m) => {
    const id = newId();
    insertProduct(m.db, id, input, m.stamp);
    const created = getProductRow(m.db, id)!;
    m.audit({
      entity: 'product',
      entityId: id,
      action: 'create',
      changes: diffRecords(null, productAuditView(created)),
    });
    return toProduct(created, floorVisible(m));
  });
}

export function updateProductOf(ctx: UserCtx, id: string, version: number, input: ProductInput): Product {
  return mutate(ctx, (m) => {
    const before = getProductRow(m.db, id);
    if (!before) throw notFound('product');
    if (before.version !== version) throw conflict('product');
    productProblems(m, input, id);
    m.versioned('product', updateProduct(m.db, id, version, input, m.stamp));
    const after = getProductRow(m.db, id)!;
    m.audit({
      entity: 'product',
      entityId: id,
      action: 'update',
      changes: diffRecords(productAuditView(before), productAuditView(after)),
    });
    return toProduct(after, floorVisible(m));
  });
}
