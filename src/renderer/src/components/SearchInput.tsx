import { Input } from 'antd';
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { LIMITS } from '../../../shared/contract/limits';

/**
 * How long typing must pause before a search is sent: none beyond the current task (so a burst of input
 * events in one task is one search). Main answers a search of 100,000 clients in a few tens of milliseconds
 * and the stores drop an answer that a newer search has overtaken, so searching on each key press is what
 * keeps results within 150 ms of the last one; any waiting here would come straight out of that budget.
 */
export const SEARCH_DELAY_MS = 0;

/**
 * A search box that sends what is typed as it is typed (trimmed; null when empty). While a Chinese input
 * method is composing, the half-typed pinyin is not searched. The text lives here, so a key press redraws
 * the box alone, not the list or filters around it; a `value` changed from outside (filters cleared) shows.
 */
export const SearchInput = memo(function SearchInput({
  value,
  onSearch,
  placeholder,
  style,
  testId,
}: {
  value: string | null;
  onSearch: (search: string | null) => void;
  placeholder: string;
  style?: CSSProperties;
  testId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  const [sent, setSent] = useState(value ?? '');
  const composing = useRef(false);

  useEffect(() => {
    const handle = setTimeout(() => {
      const next = text.trim();
      if (composing.current || next === sent) return;
      setSent(next);
      onSearch(next || null);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(handle);
  }, [text, sent, onSearch]);

  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if ((value ?? '') !== sent) {
      setText(value ?? '');
      setSent(value ?? '');
    }
  }

  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        setText((e.target as HTMLInputElement).value);
      }}
      onSearch={(v) => {
        setText(v);
        setSent(v.trim());
        onSearch(v.trim() || null);
      }}
      style={style}
      maxLength={LIMITS.search}
      data-testid={testId}
    />
  );
});
