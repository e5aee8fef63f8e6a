import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { nextReviewOn, riskLevel } from '../../../shared/risk/rules';
import type { LevelMatrix } from '../../../shared/risk/settings';
import type { RiskLevel } from '../../../shared/risk/levels';
import type { Risk } from '../../../shared/risk/types';
import type { OrgSettings } from '../../../shared/settings/types';
import type { Ctx } from '../../core/context';
import { getSettings } from '../settings/service';
import type { RiskRow } from './repository/risks';

/** What reading a risk needs besides its row: the manager's matrix and review intervals, and today. */
export interface RiskBook {
  settings: OrgSettings;
  matrix: LevelMatrix;
  reviewDays: Record<RiskLevel, number>;
  /** Today, a China calendar date. */
  today: string;
}

export function riskBook(ctx: Ctx): RiskBook {
  const settings = getSettings(ctx).settings;
  return {
    settings,
    matrix: settings.riskLevelMatrix,
    reviewDays: settings.riskReviewDays,
    today: chinaDateOf(ctx.clock.now().getTime()),
  };
}

/** The level of a cell by the matrix in force; null while not assessed. */
export const levelOf = (book: RiskBook, r: { likelihood: number | null; impact: number | null }) =>
  r.likelihood === null || r.impact === null ? null : riskLevel(book.matrix, r.likelihood, r.impact);

/** A stored risk as the contract's record: its level and next review from today's settings. */
export function toRisk(book: RiskBook, row: RiskRow): Risk {
  const level = levelOf(book, row);
  const next = nextReviewOn({ status: row.status, reviewBaseOn: row.reviewBaseOn, level }, book.reviewDays);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category,
    description: row.description,
    cause: row.cause,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    groupId: row.groupId,
    clientId: row.clientId,
    clientCode: row.clientCode,
    clientName: row.clientName,
    identifiedOn: row.identifiedOn,
    likelihood: row.likelihood,
    impact: row.impact,
    score: row.score,
    level,
    status: row.status,
    strategy: row.strategy,
    responsePlan: row.responsePlan,
    acceptance: row.acceptance,
    acceptanceReason: row.acceptanceReason,
    lastReviewedOn: row.lastReviewedOn,
    nextReviewOn: next,
    reviewDue: next !== null && next <= book.today,
    openActions: row.openActions,
    overdueActions: row.overdueActions,
    closedAt: row.closedAt,
    reopenCount: row.reopenCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/**
 * A risk as the audit trail shows it: what people decide and record, its level included (it follows from
 * the cell by the matrix of the moment); no joined names, counts or bookkeeping.
 */
export function riskAuditView(book: RiskBook, r: RiskRow) {
  return {
    code: r.code,
    title: r.title,
    category: r.category,
    description: r.description,
    cause: r.cause,
    ownerId: r.ownerId,
    groupId: r.groupId,
    clientId: r.clientId,
    identifiedOn: r.identifiedOn,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.score,
    level: levelOf(book, r),
    status: r.status,
    strategy: r.strategy,
    responsePlan: r.responsePlan,
    acceptance: r.acceptance,
    acceptanceReason: r.acceptanceReason,
    lastReviewedOn: r.lastReviewedOn,
    closedAt: r.closedAt,
    closeNote: r.closeNote,
    reopenCount: r.reopenCount,
  };
}

/** The risk's search text: code, title, description, cause and client name, lower-cased. */
export const riskSearchText = (r: {
  code: string;
  title: string;
  description: string | null;
  cause: string | null;
  clientName: string | null;
}): string =>
  [r.code, r.title, r.description, r.cause, r.clientName]
    .filter((s) => s)
    .join('\n')
    .toLowerCase();
