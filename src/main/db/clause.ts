/** A piece of SQL with its bound parameters: user values only ever reach SQL in `params`. */
export interface Clause {
  sql: string;
  params: unknown[];
}
