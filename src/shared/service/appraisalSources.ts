/*
 * What the service desk gives the appraisal's client satisfaction indicator: the feedback scores (1–5) of
 * closed complaints of a person's clients over a period, and the tickets counted (its drill-down).
 */

/** The scores counted for a person: how many, and their mean (1–5; null when there are none). */
export interface SatisfactionTotal {
  n: number;
  mean: number | null;
}

/** One closed complaint whose feedback score counts. */
export interface SatisfactionRecord {
  ticketId: string;
  ticketCode: string;
  clientId: string | null;
  clientCode: string | null;
  clientName: string | null;
  /** The China calendar day of the feedback visit, YYYY-MM-DD. */
  feedbackDate: string;
  score: number;
}
