import { Descriptions, Rate, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineMode } from '../../../../shared/calendar/types';
import type { TicketDetail } from '../../../../shared/service/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { entryName } from './labels';
import { useServiceSettings } from './useServiceLists';

/** A deadline: when it falls due, how it counts, and whether it was met. */
function Deadline({ due, mode, metAt }: { due: string; mode: DeadlineMode; metAt: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  return (
    <span>
      {formatDateTime(due, locale)}
      {mode === 'working' && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {t('serviceDesk:detail.workingHours')}
        </Typography.Text>
      )}
      {metAt && (
        <Tag color={metAt <= due ? 'green' : 'red'} style={{ marginInlineStart: 8 }}>
          {t(metAt <= due ? 'serviceDesk:detail.met' : 'serviceDesk:detail.late')}
        </Tag>
      )}
    </span>
  );
}

/** Labels on one line (a two-line "Received / at" reads badly); the values take what is left. */
const LABELS = { label: { whiteSpace: 'nowrap' } } as const;

/** Long text kept as typed (line breaks). */
const Para = ({ children }: { children: ReactNode }) => (
  <span style={{ whiteSpace: 'pre-wrap' }}>{children}</span>
);

/**
 * Everything recorded on the ticket, step by step: the call, its deadlines, the first response, the
 * investigation, the resolution, the feedback visit (or the answer of an inquiry). Steps not reached yet
 * are left out.
 */
export function TicketInfo({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const none = <Typography.Text type="secondary">{t('serviceDesk:none')}</Typography.Text>;
  const text = (v: string | null) => (v ? <Para>{v}</Para> : none);
  const complaint = detail.kind === 'complaint';
  const investigated = detail.findings || detail.rootCause || detail.responsibleDept || detail.solution;
  const section = (title: string) => (
    <Typography.Title level={5} style={{ margin: '20px 0 8px' }}>
      {title}
    </Typography.Title>
  );

  return (
    <div data-testid="ticket-info">
      <Descriptions bordered size="small" styles={LABELS} column={{ xs: 1, lg: 2 }}>
        <Descriptions.Item label={t('serviceDesk:fields.client')}>
          {detail.clientId ? (
            <a href={`#/clients/${detail.clientId}`} data-testid="ticket-client-link">
              {detail.clientName}
              {detail.clientCode && (
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  {detail.clientCode}
                </Typography.Text>
              )}
            </a>
          ) : (
            <span>
              {detail.callerName ?? t('serviceDesk:unknownCaller')}
              <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                {t('serviceDesk:noFile')}
              </Typography.Text>
            </span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk:fields.contact')}>
          {detail.contactName ?? none}
          {detail.callerPhone && (
            <Typography.Text type="secondary" copyable style={{ marginInlineStart: 8 }}>
              {detail.callerPhone}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk:fields.channel')}>
          {t(`service:channel.${detail.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk:fields.category')}>
          {entryName(settings?.serviceCategories, detail.category, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk:fields.receivedAt')}>
          {formatDateTime(detail.receivedAt, locale)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceDesk:fields.registeredBy')}>
          {t('serviceDesk:detail.registeredBy', {
            name: detail.createdByName ?? t('serviceDesk:none'),
            at: formatDateTime(detail.createdAt, locale),
          })}
        </Descriptions.Item>
        <Descriptions.Item
          label={t(complaint ? 'serviceDesk:fields.responseDue' : 'serviceDesk:fields.answerDue')}
        >
          <Deadline due={detail.responseDueAt} mode={detail.responseMode} metAt={detail.firstResponseAt} />
        </Descriptions.Item>
        {complaint && (
          <Descriptions.Item label={t('serviceDesk:fields.resolutionDue')}>
            <Deadline due={detail.resolutionDueAt} mode={detail.resolutionMode} metAt={detail.resolvedAt} />
          </Descriptions.Item>
        )}
        {detail.convertedAt && (
          <Descriptions.Item label={t('serviceDesk:fields.convertedAt')}>
            {formatDateTime(detail.convertedAt, locale)}
          </Descriptions.Item>
        )}
        {detail.reopenCount > 0 && (
          <Descriptions.Item label={t('serviceDesk:fields.reopenCount')}>
            {detail.reopenCount}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('serviceDesk:fields.content')} span="filled">
          <Para>{detail.content}</Para>
        </Descriptions.Item>
      </Descriptions>

      {complaint && detail.firstResponseAt && (
        <>
          {section(t('serviceDesk:detail.sections.firstResponse'))}
          <Descriptions bordered size="small" styles={LABELS} column={1}>
            <Descriptions.Item label={t('serviceDesk:fields.firstResponseAt')}>
              {formatDateTime(detail.firstResponseAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.firstResponseNote')}>
              {text(detail.firstResponseNote)}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}

      {complaint && (investigated || detail.status === 'investigating') && (
        <>
          {section(t('serviceDesk:detail.sections.investigation'))}
          <Descriptions
            bordered
            size="small"
            styles={LABELS}
            column={{ xs: 1, lg: 2 }}
            data-testid="ticket-investigation"
          >
            <Descriptions.Item label={t('serviceDesk:fields.findings')} span="filled">
              {text(detail.findings)}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.rootCause')}>
              {text(detail.rootCause)}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.responsibleDept')}>
              {detail.responsibleDept
                ? entryName(settings?.serviceDepartments, detail.responsibleDept, locale)
                : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.solution')} span="filled">
              {text(detail.solution)}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}

      {complaint && detail.resolvedAt && (
        <>
          {section(t('serviceDesk:detail.sections.resolution'))}
          <Descriptions bordered size="small" styles={LABELS} column={1}>
            <Descriptions.Item label={t('serviceDesk:fields.resolvedAt')}>
              {formatDateTime(detail.resolvedAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.resolutionSummary')}>
              {text(detail.resolutionSummary)}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}

      {!complaint && detail.answer && (
        <>
          {section(t('serviceDesk:detail.sections.answer'))}
          <Descriptions bordered size="small" styles={LABELS} column={1}>
            <Descriptions.Item label={t('serviceDesk:fields.answeredAt')}>
              {formatDateTime(detail.resolvedAt, locale) || none}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.answer')}>
              {text(detail.answer)}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}

      {complaint && detail.feedbackAt && (
        <>
          {section(t('serviceDesk:detail.sections.feedback'))}
          <Descriptions
            bordered
            size="small"
            styles={LABELS}
            column={{ xs: 1, lg: 2 }}
            data-testid="ticket-feedback"
          >
            <Descriptions.Item label={t('serviceDesk:fields.feedbackMethod')}>
              {detail.feedbackMethod ? t(`service:feedbackMethod.${detail.feedbackMethod}`) : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.feedbackAt')}>
              {formatDateTime(detail.feedbackAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.clientSatisfied')}>
              {detail.clientSatisfied === null ? (
                none
              ) : (
                <Tag color={detail.clientSatisfied ? 'green' : 'red'}>
                  {t(detail.clientSatisfied ? 'serviceDesk:satisfied.yes' : 'serviceDesk:satisfied.no')}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.satisfactionScore')}>
              {detail.satisfactionScore ? <Rate disabled value={detail.satisfactionScore} /> : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk:fields.feedbackNote')} span="filled">
              {text(detail.feedbackNote)}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}

      {detail.closedAt && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('serviceDesk:detail.closedOn', { at: formatDateTime(detail.closedAt, locale) })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
