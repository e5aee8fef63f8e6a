import { clientChannels } from '../../../shared/clients/channels';
import { chinaDateOf } from '../../../shared/calendar/workingTime';
import { roleMay } from '../../../shared/contract/permissions';
import type {
  BoardInput,
  OpportunityCreateInput,
  OpportunityInput,
  OpportunityListInput,
  StageRecordInput,
} from '../../../shared/sales/channels';
import { screeningScore } from '../../../shared/sales/rules';
import { STAGES } from '../../../shared/sales/stages';
import type {
  ActivityOption,
  Board,
  Opportunity,
  OpportunityDetail,
  OpportunityPage,
} from '../../../shared/sales/types';
import { diffRecords } from '../../core/auditDiff';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { liveClientRef, mayViewClient } from '../clients/desk';
import { createClient } from '../clients/service';
import { findStaff } from '../org/staff';
import { checkRecordsKept, opportunityToChange, visibleOpportunity, writeOpportunity } from './access';
import { nextOpportunityCode } from './codes';
import { allOf, opportunityOrder, opportunityWhere } from './listQuery';
import { opportunitySearch } from './repository/search';
import {
  opportunityAuditView,
  opportunitySearchText,
  probabilitySql,
  salesBook,
  toOpportunity,
  writeOf,
  type SalesBook,
} from './opportunityView';
import { proposalFilesOf } from './repository/attachments';
import {
  activityOptions,
  getOpportunityRow,
  insertOpportunity,
  liveActivity,
  opportunityPage,
  opportunityRows,
  stageTotals,
  type OpportunityRow,
  type OpportunityWrite,
} from './repository/opportunities';
import { insertStageChange, stageChangesOf } from './repository/stageChanges';
import { mayAssignTo, maySee, salesListScope } from './visibility';

/*
 * The opportunity pipeline (三(一), issue 11 point 2): creating a lead (for a client file on record, or a new
 * company whose file the clients domain makes in the same transaction), editing it and its stage records,
 * reading it as the caller may see it, the list and the board. Stage moves are in workflow.ts.
 */

/** The day a timestamp falls on in China. */
export const chinaDay = (iso: string): string => chinaDateOf(Date.parse(iso));

/** The owner a write asks for: the caller by default; another person needs 'sales.assign' and their groups. */
export function ownerFor(ctx: UserCtx, requested: string | null): { id: string; groupId: string | null } {
  const id = requested ?? ctx.user.staffId;
  const s = findStaff(ctx, id);
  if (!s) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.notFound');
  if (s.status !== 'active') throw fieldRefusal('VALIDATION', 'ownerId', 'validation.handlerInactive');
  if (
    id !== ctx.user.staffId &&
    !(roleMay(ctx.user.role, 'sales.assign') && mayAssignTo(ctx.user, id, s.groupId))
  )
    throw fieldRefusal('FORBIDDEN', 'ownerId', 'validation.invalidChoice');
  return { id, groupId: s.groupId };
}

/** The fields of the form checked: a live activity, a close date not before the day it was created. */
function checkFields(
  ctx: UserCtx,
  input: OpportunityInput,
  createdOn: string,
  current: OpportunityRow | null,
): void {
  if (input.sourceActivityId && input.sourceActivityId !== current?.sourceActivityId) {
    if (!liveActivity(ctx.db, input.sourceActivityId))
      throw fieldRefusal('VALIDATION', 'sourceActivityId', 'validation.notFound');
  }
  if (
    input.expectedCloseOn &&
    input.expectedCloseOn < createdOn &&
    input.expectedCloseOn !== current?.expectedCloseOn
  )
    throw fieldRefusal('VALIDATION', 'expectedCloseOn', 'validation.salesCloseBeforeCreated');
}

/** Ratings of criteria on the scorecard only, each once; the score from them (null until all are rated). */
function checkedScreening(
  book: SalesBook,
  records: StageRecordInput,
): { json: string; score: number | null } {
  const keys = new Set(book.settings.salesScorecard.map((c) => c.key));
  const seen = new Set<string>();
  for (const r of records.screening) {
    if (!keys.has(r.key) || seen.has(r.key))
      throw fieldRefusal('VALIDATION', 'screening', 'validation.invalidChoice');
    seen.add(r.key);
  }
  return {
    json: JSON.stringify(records.screening),
    score: screeningScore(book.settings.salesScorecard, records.screening),
  };
}

export function createOpportunity(ctx: UserCtx, input: OpportunityCreateInput): Opportunity {
  return mutate(ctx, (m) => {
    const book = salesBook(m);
    const owner = ownerFor(m, input.ownerId);
    if ((input.clientId === null) === (input.newCompany === null))
      throw fieldRefusal('VALIDATION', 'clientId', 'validation.salesClientOrCompany');
    checkFields(m, input, book.today, null);
    const activity = input.sourceActivityId ? liveActivity(m.db, input.sourceActivityId) : null;
    let client: { id: string; code: string; name: string };
    if (input.clientId) {
      const ref = liveClientRef(m, input.clientId);
      if (!ref || !mayViewClient(m, m.user, input.clientId))
        throw fieldRefusal('VALIDATION', 'clientId', 'validation.notFound');
      client = ref;
    } else {
      // A new company's file: made by the clients domain (its code, checks, history, audit) in this transaction.
      const company = input.newCompany!;
      const made = createClient(
        m,
        clientChannels['clients.create'].input.parse({
          name: company.name,
          industry: company.industry,
          status: 'potential',
          ownerId: owner.id,
          source: input.sourceActivityId ? 'exhibition' : 'other',
        }),
      );
      client = { id: made.id, code: made.code, name: made.name };
    }
    const id = newId();
    const code = nextOpportunityCode(m.db, book.today);
    const w: OpportunityWrite = {
      title: input.title,
      clientId: client.id,
      ownerId: owner.id,
      groupId: owner.groupId,
      stage: 'lead',
      expectedAmountFen: input.expectedAmountFen,
      probability: input.probability,
      expectedCloseOn: input.expectedCloseOn,
      nextStep: input.nextStep,
      nextStepOn: input.nextStepOn,
      sourceActivityId: input.sourceActivityId,
      screeningScore: null,
      screening: '[]',
      needs: null,
      proposal: null,
      visitInvitedOn: null,
      visitHeldOn: null,
      visitNotes: null,
      negotiationNotes: null,
      lostReason: null,
      lostNote: null,
      closedOn: null,
      stageEnteredAt: m.stamp.at,
    };
    insertOpportunity(
      m.db,
      id,
      code,
      {
        ...w,
        searchText: opportunitySearchText({
          code,
          title: w.title,
          clientCode: client.code,
          clientName: client.name,
          nextStep: w.nextStep,
        }),
      },
      m.stamp,
    );
    insertStageChange(m.db, { id: newId(), opportunityId: id, from: null, to: 'lead' }, m.stamp);
    m.audit({
      entity: 'opportunity',
      entityId: id,
      action: 'create',
      changes: diffRecords(
        null,
        opportunityAuditView({ ...w, code, sourceActivityCode: activity?.code ?? null }),
      ),
    });
    return toOpportunity(book, getOpportunityRow(m.db, id)!);
  });
}

/** Edits the opportunity and its stage records; a record the stage it stands at needs cannot be taken away. */
export function updateOpportunity(
  ctx: UserCtx,
  id: string,
  version: number,
  input: OpportunityInput & StageRecordInput,
): Opportunity {
  return mutate(ctx, (m) => {
    const book = salesBook(m);
    const row = opportunityToChange(m, id, version);
    checkFields(m, input, chinaDay(row.createdAt), row);
    if (input.visitInvitedOn && input.visitHeldOn && input.visitHeldOn < input.visitInvitedOn)
      throw fieldRefusal('VALIDATION', 'visitHeldOn', 'validation.salesVisitBeforeInvite');
    const screening = checkedScreening(book, input);
    const before = writeOf(row);
    const after: OpportunityWrite = {
      ...before,
      title: input.title,
      expectedAmountFen: input.expectedAmountFen,
      probability: input.probability,
      expectedCloseOn: input.expectedCloseOn,
      nextStep: input.nextStep,
      nextStepOn: input.nextStepOn,
      sourceActivityId: input.sourceActivityId,
      screening: screening.json,
      screeningScore: screening.score,
      needs: input.needs,
      proposal: input.proposal,
      visitInvitedOn: input.visitInvitedOn,
      visitHeldOn: input.visitHeldOn,
      visitNotes: input.visitNotes,
      negotiationNotes: input.negotiationNotes,
    };
    const changed = new Set(
      (Object.keys(after) as (keyof OpportunityWrite)[]).filter((k) => after[k] !== before[k]),
    );
    checkRecordsKept(book, after, changed);
    return toOpportunity(book, writeOpportunity(m, row, after, { action: 'update' }));
  });
}

export function getOpportunity(ctx: UserCtx, id: string): OpportunityDetail {
  const book = salesBook(ctx);
  const row = visibleOpportunity(ctx, id);
  return {
    opportunity: toOpportunity(book, row),
    stageChanges: stageChangesOf(ctx.db, id),
    proposalFiles: proposalFilesOf(ctx.db, id),
    allowed: {
      work: maySee(ctx.user, row),
      assign: roleMay(ctx.user.role, 'sales.assign'),
      reopen: row.stage === 'lost',
    },
  };
}

export function listOpportunities(ctx: UserCtx, input: OpportunityListInput): OpportunityPage {
  const book = salesBook(ctx);
  const page = opportunityPage(
    ctx.db,
    opportunityWhere(
      salesListScope(ctx.db, ctx.user, input.scope),
      input,
      book.today,
      opportunitySearch(ctx.db, input.search),
    ),
    opportunityOrder(input.sortBy, input.sortDir),
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return {
    items: page.rows.map((r) => toOpportunity(book, r)),
    total: page.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** How many cards a column shows (its totals count them all). */
export const BOARD_CARDS = 50;
/** Without a day asked for, the board keeps deals closed in the last 90 days. */
const CLOSED_DAYS = 90;

export function board(ctx: UserCtx, input: BoardInput): Board {
  const book = salesBook(ctx);
  const closedSince = input.closedSince ?? chinaDateOf(ctx.clock.now().getTime() - CLOSED_DAYS * 86_400_000);
  const base = allOf([
    { sql: 'o.deleted_at IS NULL', params: [] },
    salesListScope(ctx.db, ctx.user, input.scope),
    input.ownerId ? { sql: 'o.owner_id = ?', params: [input.ownerId] } : null,
    opportunitySearch(ctx.db, input.search),
  ]);
  const where = allOf([
    base,
    { sql: `(o.stage NOT IN ('won', 'lost') OR o.closed_on >= ?)`, params: [closedSince] },
  ]);
  const totals = new Map(stageTotals(ctx.db, where, probabilitySql(book)).map((t) => [t.stage, t]));
  return {
    columns: STAGES.map((stage) => {
      const t = totals.get(stage);
      const cards = t
        ? opportunityRows(
            ctx.db,
            allOf([where, { sql: 'o.stage = ?', params: [stage] }]),
            stage === 'won' || stage === 'lost'
              ? 'o.closed_on DESC, o.code DESC'
              : 'o.expected_close_on IS NULL, o.expected_close_on, o.code',
            BOARD_CARDS,
          ).map((r) => toOpportunity(book, r))
        : [];
      return {
        stage,
        count: t?.count ?? 0,
        amountFen: t?.amountFen ?? 0,
        weightedFen: t?.weightedFen ?? 0,
        cards,
      };
    }),
  };
}

/** How many activities the lead form's select offers at once (type to narrow). */
const ACTIVITY_OPTIONS = 30;

export function activities(
  ctx: UserCtx,
  input: { search: string | null; id: string | null },
): ActivityOption[] {
  return activityOptions(ctx.db, input.search, input.id, ACTIVITY_OPTIONS);
}
