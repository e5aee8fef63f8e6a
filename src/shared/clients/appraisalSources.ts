/*
 * What the client files give the appraisal's computed indicators (六 performance appraisal): a person's
 * revenue and new customers over a period, and the records each figure counts (its drill-down).
 */

/** A person's revenue over a period: the sum of the transactions counted and how many there were. */
export interface RevenueTotal {
  amountFen: number;
  transactions: number;
}

/** One transaction counted in a person's revenue. */
export interface RevenueRecord {
  transactionId: string;
  /** The transaction's calendar date, YYYY-MM-DD. */
  date: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  item: string;
  amountFen: number;
}

/** A file counted as one of a person's new customers (成交). */
export interface NewCustomerRecord {
  clientId: string;
  clientCode: string;
  clientName: string;
  /** The China calendar day the file first became a customer, YYYY-MM-DD. */
  date: string;
}
