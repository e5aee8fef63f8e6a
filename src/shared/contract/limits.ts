/** Length limits for user text; every string field in the contract uses one of these. */
export const LIMITS = {
  code: 32,
  name: 100,
  shortText: 200,
  text: 2000,
  longText: 20000,
  email: 254,
  phone: 32,
  username: 32,
  passwordMin: 8,
  passwordMax: 128,
  search: 100,
  tag: 30,
  bulkMax: 5000,
  pageSizeMax: 500,
} as const;
