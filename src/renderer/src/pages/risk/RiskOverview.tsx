import { Alert, Descriptions, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePermission } from '../../components/usePermission';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskDetail } from '../../../../shared/risk/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { AcceptanceTag, LevelTag, StatusTag, entryName, scaleValueText, scoreText } from './labels';
import { useRiskSettings } from './useRiskLists';

/**
 * Where an acceptance stands with the manager: awaiting the decision (since when), approved, or refused
 * (choose another response or give a better reason).
 */
export function AcceptanceNotice({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const decides = usePermission('approvals.decide');
  const { risk } = detail;
  if (risk.strategy !== 'accept' || !risk.acceptance) return null;
  const asked = [...detail.events].reverse().find((e) => e.kind === 'acceptanceRequested');
  const type =
    risk.acceptance === 'pending' ? 'warning' : risk.acceptance === 'approved' ? 'success' : 'error';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(`riskDesk:acceptance.${risk.acceptance}`, {
        level: risk.level ? t(`risk:level.${risk.level}`) : '',
      })}
      description={
        risk.acceptance === 'pending' && asked
          ? t('riskDesk:acceptance.askedBy', { who: asked.actorName, at: formatDateTime(asked.at, locale) })
          : risk.acceptance === 'refused'
            ? t('riskDesk:acceptance.refusedHint')
            : undefined
      }
      action={
        decides && risk.acceptance === 'pending' && detail.acceptanceApprovalId ? (
          <Link to={`/approvals?open=${detail.acceptanceApprovalId}`} data-testid="acceptance-approvals">
            {t('riskDesk:acceptance.decide')}
          </Link>
        ) : undefined
      }
      data-testid="acceptance-notice"
      data-acceptance={risk.acceptance}
    />
  );
}

/** Everything recorded of the risk, in one place. */
export function RiskOverview({ detail }: { detail: RiskDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useRiskSettings();
  const { risk } = detail;
  const none = <Typography.Text type="secondary">{t('riskDesk:none')}</Typography.Text>;
  const text = (v: string | null): ReactNode =>
    v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : none;
  return (
    <>
      <AcceptanceNotice detail={detail} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { width: 130 } }}
        data-testid="risk-overview"
      >
        <Descriptions.Item label={t('risk:field.code')}>{risk.code}</Descriptions.Item>
        <Descriptions.Item label={t('risk:field.status')}>
          <StatusTag status={risk.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.title')} span={2}>
          {risk.title}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.category')}>
          {entryName(settings?.riskCategories, risk.category, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.owner')}>{risk.ownerName}</Descriptions.Item>
        <Descriptions.Item label={t('risk:field.identifiedOn')}>
          {formatDate(risk.identifiedOn, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.client')}>
          {risk.clientId ? (
            <a href={`#/clients/${risk.clientId}`} data-testid="risk-client-link">
              {risk.clientName} · {risk.clientCode}
            </a>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.description')} span={2}>
          {text(risk.description)}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.cause')} span={2}>
          {text(risk.cause)}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.likelihood')}>
          {risk.likelihood ? scaleValueText(settings?.riskLikelihoodScale, risk.likelihood, locale) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.impact')}>
          {risk.impact ? scaleValueText(settings?.riskImpactScale, risk.impact, locale) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.score')}>{scoreText(t, risk) ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('risk:field.level')}>
          <LevelTag level={risk.level} />
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.strategy')}>
          {risk.strategy ? t(`risk:strategy.${risk.strategy}`) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.acceptance')}>
          {risk.acceptance ? <AcceptanceTag acceptance={risk.acceptance} /> : none}
        </Descriptions.Item>
        {risk.responsePlan && (
          <Descriptions.Item label={t('risk:field.responsePlan')} span={2}>
            {text(risk.responsePlan)}
          </Descriptions.Item>
        )}
        {risk.acceptanceReason && (
          <Descriptions.Item label={t('risk:field.acceptanceReason')} span={2}>
            {text(risk.acceptanceReason)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('risk:field.lastReviewedOn')}>
          {risk.lastReviewedOn ? formatDate(risk.lastReviewedOn, locale) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.nextReviewOn')}>
          {risk.nextReviewOn ? (
            <span>
              {formatDate(risk.nextReviewOn, locale)}
              {risk.reviewDue && (
                <Typography.Text type="danger" strong style={{ marginInlineStart: 8 }}>
                  {t('riskDesk:list.reviewDue')}
                </Typography.Text>
              )}
            </span>
          ) : (
            none
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('risk:field.openActions')}>{risk.openActions}</Descriptions.Item>
        <Descriptions.Item label={t('risk:field.overdueActions')}>
          {risk.overdueActions > 0 ? (
            <Typography.Text type="danger">{risk.overdueActions}</Typography.Text>
          ) : (
            0
          )}
        </Descriptions.Item>
        {risk.reopenCount > 0 && (
          <Descriptions.Item label={t('riskDesk:detail.reopenCount')}>{risk.reopenCount}</Descriptions.Item>
        )}
        {risk.closedAt && (
          <Descriptions.Item label={t('riskDesk:detail.closedAt')}>
            {formatDateTime(risk.closedAt, locale)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('riskDesk:detail.createdAt')}>
          {formatDateTime(risk.createdAt, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('riskDesk:detail.updatedAt')}>
          {formatDateTime(risk.updatedAt, locale)}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
