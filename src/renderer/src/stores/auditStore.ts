import { create } from 'zustand';
import type { AuditPage } from '../../../shared/audit/types';
import type { AppErrorShape, Result } from '../../../shared/contract/errors';
import type { FilePayload, Locale } from '../../../shared/contract/fields';
import { call } from '../api/client';

export interface AuditFilterState {
  actorUserId: string | null;
  entity: string | null;
  from: string | null;
  to: string | null;
}

interface AuditState {
  filter: AuditFilterState;
  page: AuditPage | null;
  entities: string[];
  loading: boolean;
  error: AppErrorShape | null;
  load(filter?: Partial<AuditFilterState>, page?: number, pageSize?: number): Promise<void>;
  loadEntities(): Promise<void>;
  exportXlsx(locale: Locale): Promise<Result<FilePayload>>;
}

export const useAudit = create<AuditState>((set, get) => ({
  filter: { actorUserId: null, entity: null, from: null, to: null },
  page: null,
  entities: [],
  loading: false,
  error: null,

  async load(filter, page = 1, pageSize = get().page?.pageSize ?? 50) {
    const next = { ...get().filter, ...filter };
    set({ loading: true, filter: next });
    const r = await call('audit.list', { ...next, page, pageSize });
    set(r.ok ? { page: r.data, loading: false, error: null } : { loading: false, error: r.error });
  },

  async loadEntities() {
    const r = await call('audit.entities', {});
    if (r.ok) set({ entities: r.data });
  },

  exportXlsx: (locale) => call('audit.export', { ...get().filter, locale }),
}));
