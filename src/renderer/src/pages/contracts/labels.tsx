import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import type { ContractStatus } from '../../../../shared/contracts/types';
import { errorText } from '../../api/errors';

const STATUS_COLORS: Record<ContractStatus, string> = {
  draft: 'default',
  review: 'processing',
  approved: 'cyan',
  signed: 'blue',
  executing: 'geekblue',
  completed: 'success',
  terminated: 'error',
};

export function StatusTag({ status, t }: { status: ContractStatus; t: TFunction }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="contract-status">
      {t(`contracts:status.${status}`)}
    </Tag>
  );
}

/**
 * What a refused workflow move says: the rule main named (a field's translation key), else the error's own
 * sentence — so "not approved yet" reads as such rather than as "not possible now".
 */
export function refusalText(t: TFunction, error: AppErrorShape): string {
  const first = error.fields ? Object.values(error.fields)[0] : undefined;
  if (first) return t(first.key.replace(/^validation\./, 'validation:'), first.params ?? {});
  return errorText(t, error);
}

/** Yuan typed on screen → fen for main. */
export const toFen = (yuan: number | null | undefined): number => Math.round((yuan ?? 0) * 100);
