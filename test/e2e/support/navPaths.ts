/** Every page of the shell with the test id its root carries (kept in step with app/navigation.tsx). */
export const NAV_PATHS = [
  { path: '/home', testId: 'home-page' },
  { path: '/org/staff', testId: 'staff-page' },
  { path: '/org/groups', testId: 'groups-page' },
  { path: '/org/accounts', testId: 'accounts-page' },
  { path: '/audit', testId: 'audit-page' },
  { path: '/settings', testId: 'settings-page' },
  { path: '/about', testId: 'about-page' },
] as const;
