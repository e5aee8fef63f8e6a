import type { ComponentType } from 'react';
import AccountsAttentionCard from './AccountsAttentionCard';
import BackupHealthCard from './BackupHealthCard';
import GettingStartedCard from './GettingStartedCard';
import KriWarningsCard from './KriWarningsCard';
import ClientFiguresCard from './ClientFiguresCard';
import OrgGlanceCard from './OrgGlanceCard';
import ServiceFiguresCard from './ServiceFiguresCard';
import TodoCard from './TodoCard';
import type { Permission } from '../../../../shared/contract/permissions';

export interface HomeCardDef {
  key: string;
  /** 'tasks': things the user should act on; 'figures': the department's numbers. */
  section: 'tasks' | 'figures';
  /** Shown to roles with this permission; null: to everyone. */
  permission: Permission | null;
  /** Columns out of 24 on wide screens. */
  span: number;
  card: ComponentType;
}

/**
 * Each workflow adds its own cards here; the home page shows those the user's role may see. The cards are in
 * Home's chunk (not lazy each): Home is the first screen after login, and is fetched while the user logs in.
 */
export const HOME_CARDS: HomeCardDef[] = [
  {
    key: 'getting-started',
    section: 'tasks',
    permission: 'org.manage',
    span: 24,
    card: GettingStartedCard,
  },
  {
    key: 'todo',
    section: 'tasks',
    permission: null,
    span: 12,
    card: TodoCard,
  },
  {
    key: 'accounts-attention',
    section: 'tasks',
    permission: 'accounts.manage',
    span: 12,
    card: AccountsAttentionCard,
  },
  {
    key: 'kri-warnings',
    section: 'tasks',
    permission: 'kri.read',
    span: 12,
    card: KriWarningsCard,
  },
  {
    key: 'backup-health',
    section: 'tasks',
    permission: 'backup.manage',
    span: 12,
    card: BackupHealthCard,
  },
  {
    key: 'client-figures',
    section: 'figures',
    permission: 'clients.read',
    span: 24,
    card: ClientFiguresCard,
  },
  {
    key: 'service-figures',
    section: 'figures',
    permission: 'service.read',
    span: 24,
    card: ServiceFiguresCard,
  },
  {
    key: 'org-glance',
    section: 'figures',
    permission: 'org.read',
    span: 24,
    card: OrgGlanceCard,
  },
];
