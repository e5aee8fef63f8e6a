import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  ContactsOutlined,
  DeleteOutlined,
  FieldTimeOutlined,
  HomeOutlined,
  InfoCircleOutlined,
  ImportOutlined,
  KeyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Permission } from '../../../shared/contract/permissions';

export interface NavEntry {
  key: string;
  path: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ReactNode;
  /** Shown only to roles with this permission; main enforces it anyway. */
  permission?: Permission;
  page: LazyExoticComponent<ComponentType>;
}

export interface NavArea {
  key: string;
  label: string | null;
  entries: NavEntry[];
}

// Pages load lazily: start-up pays only for the shell and the first screen.
const HomePage = lazy(() => import('../pages/home/HomePage'));
const StaffPage = lazy(() => import('../pages/org/StaffPage'));
const GroupsPage = lazy(() => import('../pages/org/GroupsPage'));
const AccountsPage = lazy(() => import('../pages/org/AccountsPage'));
const ClientsPage = lazy(() => import('../pages/clients/ClientsPage'));
const FollowupsPage = lazy(() => import('../pages/clients/FollowupsPage'));
const StaleClientsPage = lazy(() => import('../pages/clients/StaleClientsPage'));
const RecycleBinPage = lazy(() => import('../pages/clients/RecycleBinPage'));
const ClientImportPage = lazy(() => import('../pages/clients/ClientImportPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const SettingsPage = lazy(() => import('../pages/settings/SettingsPage'));
const AboutPage = lazy(() => import('../pages/about/AboutPage'));

/** Navigation by rulebook area; an entry exists only when its feature works. */
export const NAV_AREAS: NavArea[] = [
  {
    key: 'home',
    label: null,
    entries: [
      { key: 'home', path: '/home', label: 'common:nav.home', icon: <HomeOutlined />, page: HomePage },
    ],
  },
  {
    key: 'org',
    label: 'common:nav.areas.org',
    entries: [
      {
        key: 'staff',
        path: '/org/staff',
        label: 'org:menu.staff',
        icon: <TeamOutlined />,
        permission: 'org.read',
        page: StaffPage,
      },
      {
        key: 'groups',
        path: '/org/groups',
        label: 'org:menu.groups',
        icon: <ApartmentOutlined />,
        permission: 'org.read',
        page: GroupsPage,
      },
      {
        key: 'accounts',
        path: '/org/accounts',
        label: 'org:menu.accounts',
        icon: <KeyOutlined />,
        permission: 'accounts.manage',
        page: AccountsPage,
      },
    ],
  },
  {
    // Rulebook 四: client relations.
    key: 'clients',
    label: 'common:nav.areas.clients',
    entries: [
      {
        key: 'clients',
        path: '/clients',
        label: 'clients:menu.list',
        icon: <ContactsOutlined />,
        permission: 'clients.read',
        page: ClientsPage,
      },
      {
        key: 'clients-import',
        path: '/clients/import',
        label: 'clientFiles:page.menu',
        icon: <ImportOutlined />,
        permission: 'clients.write',
        page: ClientImportPage,
      },
      {
        key: 'followups',
        path: '/followups',
        label: 'clients:menu.followups',
        icon: <CalendarOutlined />,
        permission: 'clients.read',
        page: FollowupsPage,
      },
      {
        key: 'clients-stale',
        path: '/clients-stale',
        label: 'clients:menu.stale',
        icon: <FieldTimeOutlined />,
        permission: 'clients.read',
        page: StaleClientsPage,
      },
      {
        key: 'clients-recycle',
        path: '/clients-recycle',
        label: 'clients:menu.recycle',
        icon: <DeleteOutlined />,
        permission: 'clients.recycle',
        page: RecycleBinPage,
      },
    ],
  },
  {
    key: 'control',
    label: 'common:nav.areas.control',
    entries: [
      {
        key: 'audit',
        path: '/audit',
        label: 'audit:menu',
        icon: <AuditOutlined />,
        permission: 'audit.read',
        page: AuditPage,
      },
    ],
  },
  {
    key: 'system',
    label: 'common:nav.areas.system',
    entries: [
      {
        key: 'settings',
        path: '/settings',
        label: 'settings:menu',
        icon: <SettingOutlined />,
        page: SettingsPage,
      },
      {
        key: 'about',
        path: '/about',
        label: 'common:nav.about',
        icon: <InfoCircleOutlined />,
        page: AboutPage,
      },
    ],
  },
];
