import {
  CHECKLIST_ITEMS,
  type ChecklistEntry,
  type ContractLine,
  type ContractStatus,
  type ContractMilestone,
} from './types';

/** A line's amount in fen: quantity × unit price, less the discount, rounded to the fen. */
export const lineAmountFen = (l: Pick<ContractLine, 'quantity' | 'unitPriceFen' | 'discount'>): number =>
  Math.round((l.quantity * l.unitPriceFen * (100 - l.discount)) / 100);

/** Every item pending: the checklist a contract enters review with. */
export const freshChecklist = (): ChecklistEntry[] =>
  CHECKLIST_ITEMS.map((item) => ({
    item,
    result: 'pending',
    comment: null,
    checkedByName: null,
    checkedAt: null,
  }));

/** Approval needs every item of the checklist passed. */
export const everyItemPassed = (checklist: readonly ChecklistEntry[]): boolean =>
  CHECKLIST_ITEMS.every((item) => checklist.find((c) => c.item === item)?.result === 'passed');

/** Terminating is possible until the contract is completed (or already terminated). */
export const mayTerminate = (s: ContractStatus): boolean => s !== 'completed' && s !== 'terminated';

/** Milestones are planned from the draft on, and worked on while the contract runs. */
export const milestonesEditable = (s: ContractStatus): boolean => s !== 'completed' && s !== 'terminated';
/** Progress (done, money received) only once the contract is signed. */
export const progressAllowed = (s: ContractStatus): boolean => s === 'signed' || s === 'executing';

/** What is still owed on a payment milestone. */
export const owedFen = (m: Pick<ContractMilestone, 'amountFen' | 'receivedFen'>): number =>
  m.amountFen === null ? 0 : m.amountFen - m.receivedFen;

/**
 * The completion rule: at least one milestone, every milestone done, and the whole contract amount received
 * (every payment fully received, and the payment plan covering the amount).
 */
export function isComplete(
  amountFen: number,
  milestones: readonly Pick<ContractMilestone, 'doneOn' | 'receivedFen'>[],
): boolean {
  if (milestones.length === 0) return false;
  if (milestones.some((m) => m.doneOn === null)) return false;
  return milestones.reduce((sum, m) => sum + m.receivedFen, 0) >= amountFen;
}

/** Overdue: not done and due before today. */
export const isOverdue = (m: Pick<ContractMilestone, 'doneOn' | 'dueOn'>, today: string): boolean =>
  m.doneOn === null && m.dueOn < today;
