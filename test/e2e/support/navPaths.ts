/** Every page of the shell with the test id its root carries (kept in step with app/navigation.tsx). */
export const NAV_PATHS = [
  { path: '/home', testId: 'home-page' },
  { path: '/org/staff', testId: 'staff-page' },
  { path: '/org/groups', testId: 'groups-page' },
  { path: '/org/accounts', testId: 'accounts-page' },
  { path: '/clients', testId: 'clients-page' },
  { path: '/clients/import', testId: 'clients-import-page' },
  { path: '/followups', testId: 'followups-page' },
  { path: '/clients-stale', testId: 'clients-stale-page' },
  { path: '/clients-recycle', testId: 'clients-recycle-page' },
  { path: '/audit', testId: 'audit-page' },
  { path: '/settings', testId: 'settings-page' },
  { path: '/about', testId: 'about-page' },
] as const;
