/*
 * What the contracts give the appraisal's computed sales profit indicator (and the sales plans' actuals): a
 * person's signed contracts over a period, their profit, and the contracts behind the figure (its drill-down).
 */

/** One signed contract of a person's period: counted in the profit when its cost is recorded. */
export interface ProfitRecord {
  contractId: string;
  contractCode: string;
  title: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  /** The signing date, YYYY-MM-DD (China calendar). */
  signedOn: string;
  amountFen: number;
  /** null: the cost is not recorded, and the contract is listed but not counted. */
  costFen: number | null;
  /** Amount − cost; null when the cost is not recorded. */
  profitFen: number | null;
}
