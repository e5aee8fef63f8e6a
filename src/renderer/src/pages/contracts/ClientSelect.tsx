import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useContracts } from '../../stores/contractsStore';

/** How long typing pauses before the picker asks main. */
const DELAY_MS = 200;

/** A client file the user sees, found by name or code (a form control: its value is the file's id). */
export function ClientSelect({
  id,
  value,
  onChange,
  placeholder,
  style,
  testId,
  known,
}: {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder: string;
  style?: React.CSSProperties;
  testId: string;
  /** The chosen file's label when the search may not bring it (a saved record's client). */
  known?: { value: string; label: string };
}) {
  const searchClients = useContracts((s) => s.searchClients);
  const [text, setText] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const seq = useRef(0);

  useEffect(() => {
    const handle = setTimeout(() => {
      const mine = ++seq.current;
      void searchClients(text.trim()).then((r) => {
        if (mine === seq.current && r.ok)
          setOptions(r.data.rows.map((c) => ({ value: c.id, label: `${c.name} · ${c.code}` })));
      });
    }, DELAY_MS);
    return () => clearTimeout(handle);
  }, [text, searchClients]);

  return (
    <Select
      id={id}
      allowClear
      style={style}
      value={value ?? null}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onChange={(v) => onChange?.(v ?? null)}
      options={known && !options.some((o) => o.value === known.value) ? [known, ...options] : options}
      data-testid={testId}
    />
  );
}
