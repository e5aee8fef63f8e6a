import { Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUSES, type ClientDetail, type ClientStatus } from '../../../../shared/clients/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { FormModal } from '../../components/FormModal';
import { useClients } from '../../stores/clientsStore';
import { StatusTag } from './labels';
import { StatusHistoryTable } from './StatusHistoryTable';

/** Moves a client along its lifecycle; the reason is required and kept with the date in the history. */
export function StatusModal({ detail, onClose }: { detail: ClientDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const setStatus = useClients((s) => s.setStatus);
  const { client } = detail;
  return (
    <FormModal<{ status: ClientStatus; reason: string }, { status: ClientStatus }>
      title={`${t('clients:status_change.title')} · ${client.name}`}
      fields={['status', 'reason']}
      run={(v) => setStatus({ id: client.id, version: client.version, status: v.status, reason: v.reason })}
      successMessage={(c) => t('clients:status_change.changed', { status: t(`clients:status.${c.status}`) })}
      onClose={onClose}
      testId="status-form"
      name="status"
      width={640}
    >
      <Form.Item label={t('clients:status_change.current')}>
        <Space>
          <StatusTag status={client.status} />
        </Space>
      </Form.Item>
      <Form.Item
        name="status"
        label={t('clients:status_change.to')}
        rules={[{ required: true, message: t('clients:status_change.same') }]}
      >
        <Select
          options={CLIENT_STATUSES.filter((s) => s !== client.status).map((s) => ({
            value: s,
            label: t(`clients:status.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('clients:status_change.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={LIMITS.shortText}
          placeholder={t('clients:status_change.reasonPlaceholder')}
        />
      </Form.Item>
      {detail.statusHistory.length > 0 && (
        <>
          <Typography.Text strong>{t('clients:status_change.history')}</Typography.Text>
          <StatusHistoryTable rows={detail.statusHistory} compact />
        </>
      )}
    </FormModal>
  );
}
