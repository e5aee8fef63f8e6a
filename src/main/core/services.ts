import type { CoreDeps } from './context';
import { createAuditService } from '../domains/audit/service';
import { createAuthService } from '../domains/auth/service';
import { createBackupService } from '../domains/backup/service';
import { createClientFilesService } from '../domains/clients/fileService';
import { createClientsService } from '../domains/clients/service';
import { createCredentialStore, createOrgService } from '../domains/org/service';
import { createReportsService } from '../domains/reports/service';
import { createSettingsService } from '../domains/settings/service';
import { createSystemService } from '../domains/system/service';
import { createHomeService } from '../domains/home/service';
import { createTodoService } from '../domains/todo/service';

/** Every domain's service, wired once; a domain reaches another only through these. */
export function createServices(deps: CoreDeps) {
  const audit = createAuditService(deps);
  const settings = createSettingsService(deps, audit);
  const org = Object.assign(createOrgService(deps, audit), { credentials: createCredentialStore(deps) });
  const auth = createAuthService(deps, audit, org, settings);
  const backup = createBackupService(deps, audit, settings);
  const reports = createReportsService(deps, org, settings);
  const system = createSystemService(deps);
  const clients = createClientsService(deps, audit, org, settings);
  const clientFiles = createClientFilesService(deps, audit, clients, settings);
  // My to-do: one provider per workflow with due items (issue 8 on adds deadlines, reviews, forms to fill …).
  const todo = createTodoService([{ kind: 'followup', list: (user) => clients.todos(user) }]);
  const home = createHomeService(deps, {
    clientFigures: (user) => clients.figures(user),
    accounts: () => org.listAccounts(),
    backups: () => backup.list(),
    orgOverview: () => org.overview(),
  });
  return { audit, settings, org, auth, backup, reports, system, clients, clientFiles, todo, home };
}

export type Services = ReturnType<typeof createServices>;
