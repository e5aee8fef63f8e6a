import { App, Alert, Descriptions, Modal, Select, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ClientDetail } from '../../../../shared/clients/types';
import { errorText } from '../../api/errors';
import { useClients } from '../../stores/clientsStore';
import { SEARCH_DELAY_MS } from '../../components/SearchInput';
import { StatusTag, TierTag } from './labels';

/**
 * Merges a duplicate file into this one (managers and deputies): the user finds the duplicate, sees what will
 * move, and confirms. Main moves contacts, communication records and transactions and audits the merge.
 */
export function MergeModal({ keep, onClose }: { keep: ClientDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const searchClients = useClients((s) => s.searchClients);
  const peekClient = useClients((s) => s.peekClient);
  const merge = useClients((s) => s.merge);
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Client[]>([]);
  const [searching, setSearching] = useState(false);
  const [chosen, setChosen] = useState<ClientDetail | null>(null);
  const [loadingChosen, setLoadingChosen] = useState(false);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const { client } = keep;

  useEffect(() => {
    const seq = ++latest.current;
    const term = search.trim();
    if (!term) return;
    const handle = setTimeout(async () => {
      setSearching(true);
      const r = await searchClients(term);
      if (seq !== latest.current) return;
      setSearching(false);
      setOptions(r.ok ? r.data.rows.filter((c) => c.id !== client.id) : []);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(handle);
  }, [search, searchClients, client.id]);

  async function choose(id: string | undefined) {
    setChosen(null);
    if (!id) return;
    setLoadingChosen(true);
    const r = await peekClient(id);
    setLoadingChosen(false);
    if (r.ok) setChosen(r.data);
    else message.error(errorText(t, r.error));
  }

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    const r = await merge({
      keepId: client.id,
      keepVersion: client.version,
      mergeId: chosen.client.id,
      mergeVersion: chosen.client.version,
    });
    setBusy(false);
    if (!r.ok) return void message.error(errorText(t, r.error));
    message.success(t('clients:merge.done', { merged: chosen.client.code, code: client.code }));
    onClose();
  }

  const other = chosen?.client;
  return (
    <Modal
      open
      width={640}
      title={t('clients:merge.title')}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={t('clients:merge.confirm')}
      cancelText={t('common:cancel')}
      okButtonProps={{ danger: true, disabled: !chosen }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('clients:merge.intro', { code: client.code, name: client.name })}
      </Typography.Paragraph>
      <Select
        showSearch={{ filterOption: false, onSearch: setSearch }}
        allowClear
        style={{ width: '100%' }}
        placeholder={t('clients:merge.search')}
        notFoundContent={
          searching ? <Spin size="small" /> : search.trim() ? t('clients:merge.noMatch') : null
        }
        options={options.map((c) => ({
          value: c.id,
          label: `${c.code} · ${c.name}${c.ownerName ? ` · ${c.ownerName}` : ''}`,
        }))}
        onChange={(id: string | undefined) => void choose(id)}
        data-testid="merge-search"
      />
      {loadingChosen && <Spin style={{ display: 'block', marginTop: 16 }} />}
      {other && chosen && (
        <div style={{ marginTop: 16 }} data-testid="merge-preview">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('clients:fields.code')}>{other.code}</Descriptions.Item>
            <Descriptions.Item label={t('clients:fields.name')}>{other.name}</Descriptions.Item>
            <Descriptions.Item label={t('clients:fields.status')}>
              <StatusTag status={other.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('clients:fields.tier')}>
              <TierTag tier={other.tier} />
            </Descriptions.Item>
            <Descriptions.Item label={t('clients:fields.owner')}>
              {other.ownerName ?? t('clients:noOwner')}
            </Descriptions.Item>
            <Descriptions.Item label={t('clients:fields.creditCode')}>
              {other.creditCode ?? t('clients:none')}
            </Descriptions.Item>
          </Descriptions>
          <Alert
            style={{ marginTop: 16 }}
            type="warning"
            showIcon
            title={t('clients:merge.moving', { code: client.code })}
            description={
              <>
                <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
                  <li>{t('clients:merge.contacts', { count: chosen.contacts.length })}</li>
                  <li>{t('clients:merge.communications', { count: chosen.communicationsTotal })}</li>
                  <li>{t('clients:merge.transactions', { count: chosen.transactions.length })}</li>
                </ul>
                <div>{t('clients:merge.keeps')}</div>
                <Typography.Text strong>{t('clients:merge.irreversible')}</Typography.Text>
              </>
            }
          />
        </div>
      )}
    </Modal>
  );
}
