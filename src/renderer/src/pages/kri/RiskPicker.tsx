import { Select } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskOption } from '../../../../shared/risk/types';
import { useKris } from '../../stores/kriStore';

interface Option {
  value: string;
  label: string;
}

const labelOf = (r: Pick<RiskOption, 'code' | 'title'>) => `${r.code} ${r.title}`;

/**
 * The risk an indicator watches, picked from the register by code or title among the risks the user sees
 * (open ones first); an edit shows the linked one by its code and title.
 */
export function RiskPicker({
  id,
  value,
  onChange,
  known,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  known: { id: string; code: string; title: string } | null;
}) {
  const { t } = useTranslation();
  const pickRisks = useKris((s) => s.pickRisks);
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(
    known ? { value: known.id, label: labelOf(known) } : null,
  );
  const latest = useRef(0);

  const search = useCallback(
    async (text: string) => {
      const seq = ++latest.current;
      const r = await pickRisks(text.trim() || null);
      if (seq === latest.current && r.ok) setOptions(r.data.map((o) => ({ value: o.id, label: labelOf(o) })));
    },
    [pickRisks],
  );

  const all = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      allowClear
      placeholder={t('kri:form.riskPlaceholder')}
      showSearch={{ filterOption: false, onSearch: (text) => void search(text) }}
      onOpenChange={(open) => {
        if (open) void search('');
      }}
      onChange={(v) => {
        setChosen(all.find((o) => o.value === v) ?? null);
        onChange?.(v ?? null);
      }}
      options={all}
      notFoundContent={t('kri:form.riskNone')}
      data-testid="kri-risk"
    />
  );
}
