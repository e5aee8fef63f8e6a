import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useClients } from '../../stores/clientsStore';
import { staffOption, useOwnerCandidates } from './owners';

/** Hands one or many client files to another owner (managers and deputies; main checks the scope). */
export function ReassignModal({ ids, onClose }: { ids: string[]; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const reassign = useClients((s) => s.reassign);
  const { candidates } = useOwnerCandidates();
  return (
    <FormModal<{ ownerId: string }, { updated: number }>
      title={t('clients:reassign.title')}
      fields={['ownerId', 'ids']}
      run={(v) => reassign({ ids, ownerId: v.ownerId })}
      successMessage={(r) => t('clients:reassign.done', { count: r.updated })}
      onClose={() => onClose(true)}
      onCancel={() => onClose(false)}
      testId="reassign-form"
      name="reassign"
    >
      <Typography.Paragraph>{t('clients:reassign.intro', { count: ids.length })}</Typography.Paragraph>
      <Form.Item
        name="ownerId"
        label={t('clients:reassign.to')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={candidates.map(staffOption)} />
      </Form.Item>
    </FormModal>
  );
}
