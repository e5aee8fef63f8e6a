import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelMatrix, ScaleStep } from '../../../../shared/risk/settings';
import { riskLevel, riskScore } from '../../../../shared/risk/rules';
import { useLocale } from '../../stores/localeStore';
import { levelChip, stepDescription, stepName } from './labels';

/**
 * A 1–5 choice of the likelihood or impact scale: each step with its name and the manager's description in
 * the reader's language, so that assessors score alike. A form control (value: 1–5 or null).
 */
export function ScaleSelect({
  id,
  value,
  onChange,
  scale,
  allowClear,
  testId,
}: {
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  scale: readonly ScaleStep[] | undefined;
  allowClear?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const options = [1, 2, 3, 4, 5].map((n) => ({
    value: n,
    label: `${n} · ${stepName(scale?.[n - 1], locale)}`,
    description: stepDescription(scale?.[n - 1], locale),
  }));
  return (
    <Select<number | null>
      id={id}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear={allowClear}
      placeholder={t('riskDesk:form.scalePlaceholder')}
      options={options}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
          <div>{o.data.label}</div>
          {o.data.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.description}
            </Typography.Text>
          )}
        </div>
      )}
      data-testid={testId}
    />
  );
}

/** The description of the chosen step, shown under the field. */
export function ScaleHelp({
  scale,
  value,
}: {
  scale: readonly ScaleStep[] | undefined;
  value: number | null;
}) {
  const locale = useLocale((s) => s.locale);
  if (!value) return null;
  return <>{stepDescription(scale?.[value - 1], locale)}</>;
}

/** What the chosen likelihood and impact come to: the score and its level by the matrix in force. */
export function ScorePreview({
  likelihood,
  impact,
  matrix,
}: {
  likelihood: number | null | undefined;
  impact: number | null | undefined;
  matrix: LevelMatrix | undefined;
}) {
  const { t } = useTranslation();
  if (!likelihood || !impact || !matrix) return null;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid="score-preview">
      <Typography.Text type="secondary">
        {t('risk:cell', { likelihood, impact, score: riskScore(likelihood, impact) })}
      </Typography.Text>
      {levelChip(t, riskLevel(matrix, likelihood, impact))}
    </div>
  );
}
