export const ROLES = ['manager', 'deputy', 'group_lead', 'staff'] as const;
export type Role = (typeof ROLES)[number];
