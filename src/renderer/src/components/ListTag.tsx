import type { ReactNode } from 'react';
import './listTag.css';

export type ListTagColor = 'default' | 'gold' | 'blue' | 'cyan' | 'geekblue' | 'orange' | 'green' | 'red';

/**
 * A label that looks like antd's filled Tag, as a plain span. Lists draw one or two per row and redraw every
 * row on each search: antd's Tag reads the theme and builds its styles per instance, and at twenty rows that
 * was a fifth of the time from the last key press to the answer on screen.
 */
export function ListTag({ color = 'default', children }: { color?: ListTagColor; children: ReactNode }) {
  return <span className={`bz-tag bz-tag-${color}`}>{children}</span>;
}
