import { Form, Input, Space, Tag, Typography, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { CYCLE_PHASES, type CyclePhase } from '../../../../shared/appraisal/cycles';
import type { FormItem, FormSummary } from '../../../../shared/appraisal/forms';
import { formatFigure } from '../../../../shared/appraisal/figures';
import { bandIndexOf } from '../../../../shared/appraisal/libraryRules';
import type { Locale } from '../../../../shared/contract/fields';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { bandAnchor, localName } from './words';

/** The phases a form goes through, as steps (the appeal window is the published phase). */
export const FORM_PHASES = CYCLE_PHASES;

export const phaseLabel = (t: TFunction, p: CyclePhase) => t(`appraisal:forms.phase.${p}`);

export const PhaseTag = ({ t, phase }: { t: TFunction; phase: CyclePhase }) => (
  <Tag color={phase === 'closed' ? 'default' : phase === 'published' ? 'green' : 'blue'}>
    {phaseLabel(t, phase)}
  </Tag>
);

/** Where the person's own part of a form stands, in a word for the lists. */
export function stepWord(t: TFunction, f: FormSummary): string {
  if (f.evalSubmittedAt) return t('appraisal:forms.step.evaluated');
  if (f.selfSubmittedAt) return t('appraisal:forms.step.selfSubmitted');
  if (f.planAgreedAt) return t('appraisal:forms.step.planAgreed');
  return t('appraisal:forms.step.planOpen');
}

export const itemName = (i: FormItem, locale: Locale) => localName(i, locale);

/** A target or actual with the indicator's unit; a dash when there is none. */
export const figure = (n: number | null, unit: string | null, locale: Locale): string =>
  formatFigure(n, unit, locale) ?? '—';

/** Text written on the form, read-only: as written, line breaks kept; a dash when empty. */
export const Written = ({ text, testId }: { text: string | null; testId?: string }) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={testId}>
    {text || '—'}
  </Typography.Paragraph>
);

export const score = (n: number | null, locale: Locale): string =>
  n === null ? '—' : formatNumber(n, locale);

/** What a rated score means: the band it falls in and its anchor, shown live beside the score. */
export function BandAnchor({
  item,
  value,
  locale,
}: {
  item: FormItem;
  value: number | null;
  locale: Locale;
}) {
  if (item.scoring !== 'rated' || value === null || value === undefined) return null;
  const i = bandIndexOf(item.bands, value);
  if (i === null) return null;
  const band = item.bands[i]!;
  return (
    <Typography.Text type="secondary" data-testid={`band-${item.indicatorId}`}>
      {band.min}–{band.max} · {bandAnchor(band, locale)}
    </Typography.Text>
  );
}

/** A step's card header: its weighted total (live while it is edited) and when it was submitted. */
export function StepTotal(props: {
  label: string;
  total: number | null;
  testId: string;
  submittedAt: string | null;
  submittedText: (time: string) => string;
  locale: Locale;
}) {
  return (
    <Space>
      <Typography.Text>
        {props.label}: <strong data-testid={props.testId}>{score(props.total, props.locale)}</strong>
      </Typography.Text>
      {props.submittedAt && (
        <Typography.Text type="success">
          {props.submittedText(formatDateTime(props.submittedAt, props.locale))}
        </Typography.Text>
      )}
    </Space>
  );
}

/** A form table's comment column: a text area while the step is edited, else what was written. */
export function commentColumn(
  title: string,
  editable: boolean,
  written: (i: FormItem) => string | null,
): TableColumnType<FormItem> {
  return {
    key: 'comment',
    title,
    render: (_, i) =>
      editable ? (
        <Form.Item name={['items', i.indicatorId, 'comment']} style={{ margin: 0 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      ) : (
        (written(i) ?? '—')
      ),
  };
}
