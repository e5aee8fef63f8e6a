/*
 * What the contracts give the appraisal's computed sales profit indicator: the contracts behind a person's
 * figure for a period (its drill-down), each with its profit — or none, when its cost is not recorded.
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
