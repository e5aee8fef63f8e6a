import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../../../shared/contract/errors';
import type { AuditStatus, FindingSeverity, RectificationStatus } from '../../../../shared/control/types';
import { LEVEL_COLORS } from '../../../../shared/risk/levelColors';
import { errorText } from '../../api/errors';
import { ListTag, type ListTagColor } from '../../components/ListTag';

const AUDIT_STATUS_COLORS: Record<AuditStatus, ListTagColor> = {
  planned: 'default',
  in_progress: 'blue',
  reported: 'gold',
  closed: 'green',
};

const RECTIFICATION_STATUS_COLORS: Record<RectificationStatus, ListTagColor> = {
  open: 'blue',
  submitted: 'gold',
  returned: 'red',
  verified: 'green',
};

export function AuditStatusTag({ t, status }: { t: TFunction; status: AuditStatus }) {
  return <ListTag color={AUDIT_STATUS_COLORS[status]}>{t(`control:auditStatus.${status}`)}</ListTag>;
}

export function RectificationStatusTag({ t, status }: { t: TFunction; status: RectificationStatus }) {
  return (
    <span data-testid="rectification-status" data-status={status}>
      <ListTag color={RECTIFICATION_STATUS_COLORS[status]}>
        {t(`control:rectificationStatus.${status}`)}
      </ListTag>
    </span>
  );
}

/** Severity in the risk levels' colours (low green, medium gold, high orange), with its word. */
export function SeverityTag({ t, severity }: { t: TFunction; severity: FindingSeverity }) {
  const c = LEVEL_COLORS[severity];
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '0 8px',
        borderRadius: 4,
        background: c.fill,
        color: c.text,
        fontSize: 12,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
      }}
    >
      {t(`control:severity.${severity}`)}
    </span>
  );
}

/** A refusal as a sentence: the rule's own words when main named one (a field error), else the code's. */
export function refusalText(t: TFunction, error: AppErrorShape): string {
  const first = error.fields ? Object.values(error.fields)[0] : undefined;
  if (first) return t(first.key.replace(/^validation\./, 'validation:'), first.params ?? {});
  return errorText(t, error);
}
