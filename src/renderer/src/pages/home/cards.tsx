import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '../../../../shared/contract/permissions';

export interface HomeCardDef {
  key: string;
  /** 'tasks': things the user should act on; 'figures': the department's numbers. */
  section: 'tasks' | 'figures';
  permission: Permission;
  /** Columns out of 24 on wide screens. */
  span: number;
  card: LazyExoticComponent<ComponentType>;
}

/** Each workflow adds its own cards here; the home page shows those the user's role may see. */
export const HOME_CARDS: HomeCardDef[] = [
  {
    key: 'getting-started',
    section: 'tasks',
    permission: 'org.manage',
    span: 24,
    card: lazy(() => import('./GettingStartedCard')),
  },
  {
    key: 'followups',
    section: 'tasks',
    permission: 'clients.read',
    span: 12,
    card: lazy(() => import('./FollowupsCard')),
  },
  {
    key: 'accounts-attention',
    section: 'tasks',
    permission: 'accounts.manage',
    span: 12,
    card: lazy(() => import('./AccountsAttentionCard')),
  },
  {
    key: 'backup-health',
    section: 'tasks',
    permission: 'backup.manage',
    span: 12,
    card: lazy(() => import('./BackupHealthCard')),
  },
  {
    key: 'client-figures',
    section: 'figures',
    permission: 'clients.read',
    span: 24,
    card: lazy(() => import('./ClientFiguresCard')),
  },
  {
    key: 'org-glance',
    section: 'figures',
    permission: 'org.read',
    span: 24,
    card: lazy(() => import('./OrgGlanceCard')),
  },
];
