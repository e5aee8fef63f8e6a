import { AppError } from '../../../shared/contract/errors';
import type { MoveInput } from '../../../shared/sales/channels';
import { isLegalMove, missingForMove, stageIndex } from '../../../shared/sales/rules';
import type { Stage } from '../../../shared/sales/stages';
import type { Opportunity } from '../../../shared/sales/types';
import type { UserCtx } from '../../core/context';
import { newId } from '../../core/ids';
import { mutate, type Mutation } from '../../core/mutation';
import { fieldRefusal } from '../../core/refusals';
import { missingRecords, opportunityToChange, stageRulesOf, writeOpportunity } from './access';
import { ratingsOf, salesBook, toOpportunity, writeOf } from './opportunityView';
import { getOpportunityRow } from './repository/opportunities';
import { insertStageChange, stageBeforeLost } from './repository/stageChanges';
import { chinaDay, ownerFor } from './service';

/*
 * Moving an opportunity through the pipeline: forward when the records of every stage on the way are there
 * (a refusal names each missing one), back at any time (audited as such), won on a closing day, lost with a
 * reason from the settings' list; a lost one reopened at the stage it was lost from. Every move writes its
 * stage change, from which the funnel and the days in each stage are counted.
 */

const onActiveList = (list: readonly { key: string; active: boolean }[], key: string) =>
  list.some((e) => e.key === key && e.active);

export function moveOpportunity(ctx: UserCtx, input: MoveInput): Opportunity {
  return mutate(ctx, (m) => {
    const book = salesBook(m);
    const row = opportunityToChange(m, input.id, input.version);
    if (!isLegalMove(row.stage, input.to))
      throw new AppError('INVALID_STATE', `an opportunity that is ${row.stage} cannot move to ${input.to}`);
    const closing = input.to === 'won' || input.to === 'lost';
    const missing = missingForMove(
      row.stage,
      input.to,
      { ...row, screening: ratingsOf(row.screening), lostReason: input.lostReason },
      stageRulesOf(book),
    );
    if (missing.length) throw missingRecords(missing);
    if (input.to === 'lost' && !onActiveList(book.settings.salesLostReasons, input.lostReason!))
      throw fieldRefusal('VALIDATION', 'lostReason', 'validation.invalidChoice');
    const closedOn = closing ? (input.closedOn ?? book.today) : null;
    if (closedOn && closedOn < chinaDay(row.createdAt))
      throw fieldRefusal('VALIDATION', 'closedOn', 'validation.salesCloseBeforeCreated');
    if (closedOn && closedOn > book.today)
      throw fieldRefusal('VALIDATION', 'closedOn', 'validation.dateFuture');
    const after = {
      ...writeOf(row),
      stage: input.to,
      stageEnteredAt: m.stamp.at,
      closedOn,
      lostReason: input.to === 'lost' ? input.lostReason : null,
      lostNote: input.to === 'lost' ? input.lostNote : null,
    };
    insertStageChange(m.db, { id: newId(), opportunityId: row.id, from: row.stage, to: input.to }, m.stamp);
    const action =
      input.to === 'won'
        ? 'win'
        : input.to === 'lost'
          ? 'lose'
          : stageIndex(input.to) < stageIndex(row.stage)
            ? 'move_back'
            : 'move_stage';
    return toOpportunity(book, writeOpportunity(m, row, after, { action }));
  });
}

/** A lost opportunity taken up again at the stage it was lost from; its reason and closing day go. */
export function reopenOpportunity(ctx: UserCtx, id: string, version: number): Opportunity {
  return mutate(ctx, (m) => {
    const book = salesBook(m);
    const row = opportunityToChange(m, id, version);
    if (row.stage !== 'lost')
      throw new AppError('INVALID_STATE', `an opportunity that is ${row.stage} is open`);
    const to = stageBeforeLost(m.db, id) ?? 'lead';
    insertStageChange(m.db, { id: newId(), opportunityId: id, from: 'lost', to }, m.stamp);
    const after = {
      ...writeOf(row),
      stage: to,
      stageEnteredAt: m.stamp.at,
      closedOn: null,
      lostReason: null,
      lostNote: null,
    };
    return toOpportunity(book, writeOpportunity(m, row, after, { action: 'reopen' }));
  });
}

/** Hands the opportunity to another person within the groups the caller covers; it joins their group. */
export function assignOpportunity(ctx: UserCtx, id: string, version: number, ownerId: string): Opportunity {
  return mutate(ctx, (m) => {
    const book = salesBook(m);
    const row = opportunityToChange(m, id, version);
    if (ownerId === row.ownerId) throw fieldRefusal('VALIDATION', 'ownerId', 'validation.salesSameOwner');
    const owner = ownerFor(m, ownerId);
    const after = { ...writeOf(row), ownerId: owner.id, groupId: owner.groupId };
    return toOpportunity(book, writeOpportunity(m, row, after, { action: 'hand_over' }));
  });
}

/**
 * A signed contract wins its opportunity, inside the signing's mutation: the contract is the closing record,
 * so no stage's records are asked for. The stage change and the opportunity's own audit row are written as for
 * any win. Returns the stage it was won from, or null when it was already won (or is gone).
 */
export function winBySignedContract(
  m: Mutation<UserCtx>,
  opportunityId: string,
  signedOn: string,
): Stage | null {
  const row = getOpportunityRow(m.db, opportunityId);
  if (!row || row.stage === 'won') return null;
  insertStageChange(m.db, { id: newId(), opportunityId: row.id, from: row.stage, to: 'won' }, m.stamp);
  writeOpportunity(
    m,
    row,
    {
      ...writeOf(row),
      stage: 'won',
      stageEnteredAt: m.stamp.at,
      closedOn: signedOn,
      lostReason: null,
      lostNote: null,
    },
    { action: 'win' },
  );
  return row.stage;
}
