import dayjs from 'dayjs';

/** My follow-ups' three buckets, as main sorts them (FollowUp.due). */
export const BUCKETS = ['overdue', 'today', 'week'] as const;
export type Bucket = (typeof BUCKETS)[number];
export const BUCKET_COLOR: Record<Bucket, string> = { overdue: '#cf1322', today: '#d46b08', week: '#1f5fbf' };

/** Whole days between a due date and today (local calendar). */
export const daysLate = (date: string) => dayjs().startOf('day').diff(dayjs(date), 'day');
