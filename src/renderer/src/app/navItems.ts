import type { Permission } from '../../../shared/contract/permissions';

/**
 * The left navigation as plain data — area, path, label key, permission — readable without React or antd, so
 * the e2e screens test visits exactly what the menu offers (a new entry is screenshotted without a test edit).
 * navigation.tsx adds each entry's icon and page.
 */
export interface NavItem {
  key: string;
  path: string;
  /** i18n key of the menu label. */
  label: string;
  /** Shown only to roles with this permission; main enforces it anyway. */
  permission?: Permission;
}

export interface NavItemArea {
  key: string;
  label: string | null;
  entries: readonly NavItem[];
}

/** Navigation by rulebook area; an entry exists only when its feature works. */
export const NAV_ITEM_AREAS = [
  {
    key: 'home',
    label: null,
    entries: [{ key: 'home', path: '/home', label: 'common:nav.home' }],
  },
  {
    key: 'org',
    label: 'common:nav.areas.org',
    entries: [
      { key: 'staff', path: '/org/staff', label: 'org:menu.staff', permission: 'org.read' },
      { key: 'groups', path: '/org/groups', label: 'org:menu.groups', permission: 'org.read' },
      { key: 'accounts', path: '/org/accounts', label: 'org:menu.accounts', permission: 'accounts.manage' },
    ],
  },
  {
    // Rulebook 四: client relations.
    key: 'clients',
    label: 'common:nav.areas.clients',
    entries: [
      { key: 'clients', path: '/clients', label: 'clients:menu.list', permission: 'clients.read' },
      {
        key: 'clients-import',
        path: '/clients/import',
        label: 'clientFiles:page.menu',
        permission: 'clients.write',
      },
      { key: 'followups', path: '/followups', label: 'clients:menu.followups', permission: 'clients.read' },
      {
        key: 'clients-stale',
        path: '/clients-stale',
        label: 'clients:menu.stale',
        permission: 'clients.read',
      },
      {
        key: 'clients-recycle',
        path: '/clients-recycle',
        label: 'clients:menu.recycle',
        permission: 'clients.recycle',
      },
    ],
  },
  {
    // Rulebook 三(三): customer service — inquiries and complaints, and the improvement measures they lead to.
    key: 'service',
    label: 'common:nav.areas.service',
    entries: [
      { key: 'service', path: '/service', label: 'serviceDesk:menu', permission: 'service.read' },
      {
        key: 'service-stats',
        path: '/service/stats',
        label: 'serviceReports:menu',
        permission: 'service.stats',
      },
      {
        key: 'improvements',
        path: '/improvements',
        label: 'improvement:menu',
        permission: 'improvement.read',
      },
    ],
  },
  {
    // Rulebook 三(一), 三(二): client development and sales.
    key: 'sales',
    label: 'common:nav.areas.sales',
    entries: [
      {
        key: 'sales-opportunities',
        path: '/sales/opportunities',
        label: 'sales:menu.opportunities',
        permission: 'sales.read',
      },
      { key: 'sales-funnel', path: '/sales/funnel', label: 'sales:menu.funnel', permission: 'sales.read' },
      {
        key: 'market-research',
        path: '/sales/research',
        label: 'market:menu.research',
        permission: 'market.read',
      },
      {
        key: 'competitors',
        path: '/sales/competitors',
        label: 'market:menu.competitors',
        permission: 'market.read',
      },
      {
        key: 'promotion-activities',
        path: '/sales/activities',
        label: 'market:menu.activities',
        permission: 'market.read',
      },
      { key: 'price-system', path: '/pricing', label: 'pricing:menu.products', permission: 'pricing.read' },
      { key: 'quotes', path: '/quotes', label: 'pricing:menu.quotes', permission: 'quotes.read' },
      { key: 'contracts', path: '/contracts', label: 'contracts:menu', permission: 'contracts.read' },
      { key: 'sales-plans', path: '/sales/plans', label: 'salesPlans:menu', permission: 'salesPlans.read' },
    ],
  },
  {
    // Rulebook 五: risk management and internal control.
    key: 'risk',
    label: 'common:nav.areas.risk',
    entries: [
      { key: 'risks', path: '/risks', label: 'riskDesk:menu.register', permission: 'risk.read' },
      {
        key: 'risks-heatmap',
        path: '/risks/heatmap',
        label: 'riskDesk:menu.heatmap',
        permission: 'risk.read',
      },
      {
        key: 'risks-actions',
        path: '/risks/actions',
        label: 'riskDesk:menu.actions',
        permission: 'risk.read',
      },
      { key: 'risk-meetings', path: '/risk-meetings', label: 'meetings:menu', permission: 'meetings.read' },
      { key: 'kris', path: '/kris', label: 'kri:menu', permission: 'kri.read' },
    ],
  },
  {
    // Rulebook 六: performance appraisal.
    key: 'appraisal',
    label: 'common:nav.areas.appraisal',
    entries: [
      {
        key: 'appraisal-library',
        path: '/appraisal/library',
        label: 'appraisal:menu.library',
        permission: 'appraisal.read',
      },
      {
        key: 'appraisal-forms',
        path: '/appraisal/forms',
        label: 'appraisal:menu.forms',
        permission: 'appraisal.read',
      },
      {
        key: 'appraisal-cycles',
        path: '/appraisal/cycles',
        label: 'appraisal:menu.cycles',
        permission: 'appraisal.read',
      },
      {
        key: 'appraisal-history',
        path: '/appraisal/history',
        label: 'appraisalReview:menu.history',
        permission: 'appraisal.read',
      },
      { key: 'incentives', path: '/incentives', label: 'incentives:menu', permission: 'incentives.read' },
    ],
  },
  {
    key: 'control',
    label: 'common:nav.areas.control',
    entries: [
      { key: 'control', path: '/control', label: 'control:menu', permission: 'control.read' },
      { key: 'approvals', path: '/approvals', label: 'approvals:menu', permission: 'approvals.read' },
      { key: 'audit', path: '/audit', label: 'audit:menu', permission: 'audit.read' },
    ],
  },
  {
    key: 'system',
    label: 'common:nav.areas.system',
    entries: [
      { key: 'settings', path: '/settings', label: 'settings:menu' },
      { key: 'about', path: '/about', label: 'common:nav.about' },
    ],
  },
] as const satisfies readonly NavItemArea[];

export type NavKey = (typeof NAV_ITEM_AREAS)[number]['entries'][number]['key'];

/** The data-testid on the root of each entry's page: tests find the page by it. */
export const pageTestId = (key: NavKey): `${NavKey}-page` => `${key}-page`;

/** Every entry of the navigation, in menu order. */
export const NAV_ITEMS: readonly (NavItem & { key: NavKey })[] = NAV_ITEM_AREAS.flatMap(
  (area): readonly (NavItem & { key: NavKey })[] => area.entries,
);
