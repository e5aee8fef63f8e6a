import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/contract/errors';
import type { CallerMatch } from '../../../../shared/service/types';
import { groupMatches, type PickedClient } from './callers';

/** How long typing pauses before the picker asks main (each answer is small; this spares a request per key). */
const PICKER_DELAY_MS = 200;

/**
 * The client picker of the intake form and the ticket editor: every live client file, found by name, code or
 * phone (the desk serves every client, whoever owns the file). A form control: its value is the file's id;
 * `onPick` hands over the whole file (name, owner, contacts) to fill what depends on it.
 */
export function ClientPicker({
  id,
  value,
  onChange,
  picked,
  onPick,
  search,
  placeholder,
  autoFocus,
  testId = 'intake-client',
}: {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The file shown as chosen (also when it came from caller ID, not from a search here). */
  picked: PickedClient | null;
  onPick: (client: PickedClient | null) => void;
  search: (text: string) => Promise<Result<CallerMatch[]>>;
  placeholder: string;
  autoFocus?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<PickedClient[]>([]);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    const handle = setTimeout(() => {
      const mine = ++seq.current;
      setBusy(true);
      void search(q).then((r) => {
        if (mine !== seq.current) return;
        setBusy(false);
        setFound(r.ok ? groupMatches(r.data) : []);
      });
    }, PICKER_DELAY_MS);
    return () => clearTimeout(handle);
  }, [text, search]);

  const options = useMemo(() => {
    const list = picked && !found.some((c) => c.id === picked.id) ? [picked, ...found] : found;
    return list.map((c) => ({
      value: c.id,
      label: `${c.name} · ${c.code}`,
      client: c,
    }));
  }, [found, picked]);

  return (
    <Select
      id={id}
      allowClear
      autoFocus={autoFocus}
      value={value ?? null}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text, autoClearSearchValue: true }}
      notFoundContent={
        busy ? (
          <Spin size="small" />
        ) : text.trim() ? (
          <Typography.Text type="secondary">{t('serviceDesk:intake.noClientFound')}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('serviceDesk:intake.typeToFind')}</Typography.Text>
        )
      }
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.client.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.client.code}
            {o.data.client.ownerName &&
              ` · ${t('serviceDesk:intake.owner', { name: o.data.client.ownerName })}`}
          </Typography.Text>
        </div>
      )}
      onChange={(v: string | null | undefined) => {
        const client = options.find((o) => o.value === v)?.client ?? null;
        setText('');
        onChange?.(client?.id ?? null);
        onPick(client);
      }}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
