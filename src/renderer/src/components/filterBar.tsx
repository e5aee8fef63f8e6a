import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Select, Switch } from 'antd';

/** How many of the given filters are set: a list with entries, or a value that is neither null nor false. */
export function activeFilterCount<F extends object>(filter: F, keys: readonly (keyof F)[]): number {
  return keys.filter((k) => {
    const v = filter[k];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== false;
  }).length;
}

/** A filter of several choices (any of them matches), labelled by its placeholder. */
export function MultiChoice<V extends string>({
  label,
  minWidth,
  value,
  onChange,
  options,
  popupMatchSelectWidth,
  testId,
}: {
  label: string;
  minWidth: number;
  value: V[];
  onChange: (value: V[]) => void;
  options: { value: V; label: string }[];
  /** false: the open list is as wide as its longest choice, not the box. */
  popupMatchSelectWidth?: boolean;
  testId: string;
}) {
  return (
    <Select<V[]>
      mode="multiple"
      allowClear
      style={{ minWidth }}
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      popupMatchSelectWidth={popupMatchSelectWidth}
      data-testid={testId}
    />
  );
}

/** An on/off filter with its label beside the switch. */
export function SwitchFilter({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Switch size="small" checked={checked} onChange={onChange} aria-label={label} data-testid={testId} />
      {label}
    </span>
  );
}

/** Shows or hides the less used filters; while they are hidden it counts those that are set. */
export function MoreFiltersButton({
  label,
  open,
  hiddenActive,
  onToggle,
}: {
  label: string;
  open: boolean;
  hiddenActive: number;
  onToggle: () => void;
}) {
  return (
    <Badge count={open ? 0 : hiddenActive} size="small">
      <Button
        icon={<FilterOutlined />}
        type={open ? 'primary' : 'default'}
        ghost={open}
        onClick={onToggle}
        data-testid="filter-more"
      >
        {label}
      </Button>
    </Badge>
  );
}

/** Clears the search and every filter; shown only while something is set. */
export function ClearFiltersButton({ label, onClear }: { label: string; onClear: () => void }) {
  return (
    <Button type="link" onClick={onClear} data-testid="filter-clear">
      {label}
    </Button>
  );
}
