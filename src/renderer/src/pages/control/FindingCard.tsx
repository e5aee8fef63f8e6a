import { CheckOutlined, EditOutlined, PlusOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingDetail, RectificationDetail } from '../../../../shared/control/types';
import { LEVEL_COLORS } from '../../../../shared/risk/levelColors';
import { ListTag } from '../../components/ListTag';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { EvidenceFiles } from './EvidenceFiles';
import { RectificationStatusTag, SeverityTag } from './labels';

export type RectificationAction =
  | { kind: 'edit' | 'submit'; rectification: RectificationDetail }
  | { kind: 'verify' | 'return'; rectification: RectificationDetail };

const OVERDUE_COLOR = '#cf1322';

/** One rectification: what, who, by when, where it stands, the evidence, and the moves open to this user. */
function RectificationItem({
  r,
  onAction,
}: {
  r: RectificationDetail;
  onAction: (a: RectificationAction) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  return (
    <div
      data-testid="rectification"
      data-rectification-id={r.id}
      style={{ borderTop: '1px solid #f0f0f0', padding: '12px 0' }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <Space direction="vertical" size={2} style={{ maxWidth: 640 }}>
          <Typography.Text strong>{r.requirement}</Typography.Text>
          <Space size={12} wrap>
            <RectificationStatusTag t={t} status={r.status} />
            <Typography.Text type="secondary">
              {t('control:detail.ownerLine', { name: r.ownerName })}
            </Typography.Text>
            <Typography.Text type="secondary" style={r.overdue ? { color: OVERDUE_COLOR } : undefined}>
              {t('control:detail.dueLine', { date: formatDate(r.dueOn, locale) })}
            </Typography.Text>
            {r.overdue && <ListTag color="red">{t('control:detail.overdue')}</ListTag>}
          </Space>
        </Space>
        <Space wrap>
          {r.allowed.submit && (
            <Button
              type="primary"
              icon={<SendOutlined />}
              onClick={() => onAction({ kind: 'submit', rectification: r })}
              data-testid="rectification-submit"
            >
              {t(r.status === 'returned' ? 'control:detail.resubmit' : 'control:detail.submit')}
            </Button>
          )}
          {r.allowed.review && (
            <>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => onAction({ kind: 'verify', rectification: r })}
                data-testid="rectification-verify"
              >
                {t('control:detail.verify')}
              </Button>
              <Button
                icon={<RollbackOutlined />}
                onClick={() => onAction({ kind: 'return', rectification: r })}
                data-testid="rectification-return"
              >
                {t('control:detail.return')}
              </Button>
            </>
          )}
          {r.allowed.edit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => onAction({ kind: 'edit', rectification: r })}
              aria-label={t('control:detail.rectificationTitleEdit')}
            />
          )}
        </Space>
      </Space>
      {(r.evidenceNote || r.evidence.length > 0 || r.steps.length > 0) && (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          {r.evidenceNote && (
            <Descriptions.Item label={t('control:fields.evidenceNote')}>{r.evidenceNote}</Descriptions.Item>
          )}
          {r.evidence.length > 0 && (
            <Descriptions.Item label={t('control:fields.evidenceFiles')}>
              <EvidenceFiles files={r.evidence} removable={false} />
            </Descriptions.Item>
          )}
          {r.steps.length > 0 && (
            <Descriptions.Item label={t('control:detail.history')}>
              <Timeline
                style={{ marginTop: 4, marginBottom: -16 }}
                items={r.steps.map((s) => ({
                  color: s.kind === 'verified' ? 'green' : s.kind === 'returned' ? 'red' : 'blue',
                  content: (
                    <span data-testid="rectification-step" data-kind={s.kind}>
                      <Typography.Text strong>{t(`control:step.${s.kind}`)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {' '}
                        {t('control:detail.stepBy', {
                          name: s.actorName ?? '',
                          time: formatDateTime(s.at, locale),
                        })}
                      </Typography.Text>
                      {s.note && <div>{s.note}</div>}
                    </span>
                  ),
                }))}
              />
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
    </div>
  );
}

/** A finding with its related risk or process and its rectifications. */
export function FindingCard({
  finding,
  onEdit,
  onAddRectification,
  onAction,
}: {
  finding: FindingDetail;
  onEdit: () => void;
  onAddRectification: () => void;
  onAction: (a: RectificationAction) => void;
}) {
  const { t } = useTranslation();
  const level = finding.riskLevel;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="finding"
      title={
        <Space wrap>
          <SeverityTag t={t} severity={finding.severity} />
          <Typography.Text type="secondary">{finding.code}</Typography.Text>
          <Typography.Text strong data-testid="finding-title-text">
            {finding.title}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {finding.allowed.addRectification && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={onAddRectification}
              data-testid="rectification-add"
            >
              {t('control:detail.addRectification')}
            </Button>
          )}
          {finding.allowed.edit && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={onEdit}
              aria-label={t('control:detail.editFinding')}
            />
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        {finding.description && (
          <Descriptions.Item label={t('control:fields.description')} span={2}>
            {finding.description}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('control:fields.relatedRisk')}>
          {finding.riskCode ? (
            <Space size={6}>
              <span>
                {finding.riskCode} {finding.riskTitle}
              </span>
              {level && (
                <span
                  style={{
                    background: LEVEL_COLORS[level].fill,
                    color: LEVEL_COLORS[level].text,
                    padding: '0 6px',
                    borderRadius: 4,
                    fontSize: 12,
                  }}
                >
                  {t(`risk:level.${level}`)}
                </span>
              )}
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('control:fields.process')}>{finding.process ?? '—'}</Descriptions.Item>
      </Descriptions>
      {finding.rectifications.length === 0 ? (
        <Typography.Text type="secondary">{t('control:detail.noRectifications')}</Typography.Text>
      ) : (
        finding.rectifications.map((r) => <RectificationItem key={r.id} r={r} onAction={onAction} />)
      )}
    </Card>
  );
}
