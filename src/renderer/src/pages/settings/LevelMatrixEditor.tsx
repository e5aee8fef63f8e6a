import { UndoOutlined } from '@ant-design/icons';
import { Button, Dropdown, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../../../../shared/risk/levelColors';
import { RISK_LEVELS, type RiskLevel } from '../../../../shared/risk/levels';
import { DEFAULT_LEVEL_MATRIX, type LevelMatrix } from '../../../../shared/risk/settings';

const ROWS = [5, 4, 3, 2, 1] as const;
const COLS = [1, 2, 3, 4, 5] as const;

/**
 * The 5×5 level matrix as the heat map shows it (likelihood 5 → 1 down, impact 1 → 5 across): a click on a
 * cell chooses its level; "reset" brings back the default (low 1–4, medium 5–9, high 10–16, critical 20–25).
 * A form control: its value is matrix[likelihood − 1][impact − 1].
 */
export function LevelMatrixEditor({
  value,
  onChange,
}: {
  value?: LevelMatrix;
  onChange?: (m: LevelMatrix) => void;
}) {
  const { t } = useTranslation();
  const matrix = value ?? DEFAULT_LEVEL_MATRIX;
  const setCell = (l: number, i: number, level: RiskLevel) =>
    onChange?.(matrix.map((row, li) => row.map((c, ii) => (li === l - 1 && ii === i - 1 ? level : c))));
  const isDefault = JSON.stringify(matrix) === JSON.stringify(DEFAULT_LEVEL_MATRIX);
  return (
    <div data-testid="level-matrix">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: '88px repeat(5, minmax(56px, 84px))',
          gap: 4,
          alignItems: 'stretch',
        }}
      >
        {ROWS.map((l) => (
          <div key={l} style={{ display: 'contents' }}>
            <Typography.Text
              type="secondary"
              style={{ alignSelf: 'center', textAlign: 'right', paddingInlineEnd: 6 }}
            >
              {t('riskDesk:settings.likelihoodN', { n: l })}
            </Typography.Text>
            {COLS.map((i) => {
              const level = matrix[l - 1]![i - 1]!;
              const c = LEVEL_COLORS[level];
              return (
                <Dropdown
                  key={i}
                  trigger={['click']}
                  menu={{
                    selectable: true,
                    selectedKeys: [level],
                    items: RISK_LEVELS.map((lv) => ({ key: lv, label: t(`risk:level.${lv}`) })),
                    onClick: ({ key }) => setCell(l, i, key as RiskLevel),
                  }}
                >
                  <button
                    type="button"
                    data-testid="matrix-cell"
                    data-likelihood={l}
                    data-impact={i}
                    data-level={level}
                    aria-label={`${t('risk:cell', { likelihood: l, impact: i, score: l * i })}: ${t(`risk:level.${level}`)}`}
                    style={{
                      height: 44,
                      border: 0,
                      borderRadius: 6,
                      background: c.fill,
                      color: c.text,
                      cursor: 'pointer',
                      lineHeight: 1.15,
                      fontSize: 12,
                    }}
                  >
                    <div style={{ fontWeight: 600 }}>{l * i}</div>
                    <div>{t(`risk:level.${level}`)}</div>
                  </button>
                </Dropdown>
              );
            })}
          </div>
        ))}
        <div />
        {COLS.map((i) => (
          <Typography.Text key={i} type="secondary" style={{ textAlign: 'center' }}>
            {t('riskDesk:settings.impactN', { n: i })}
          </Typography.Text>
        ))}
      </div>
      <div style={{ marginTop: 8, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          icon={<UndoOutlined />}
          disabled={isDefault}
          onClick={() => onChange?.(DEFAULT_LEVEL_MATRIX.map((row) => [...row]))}
          data-testid="matrix-reset"
        >
          {t('riskDesk:settings.matrixReset')}
        </Button>
        <Typography.Text type="secondary">{t('riskDesk:settings.matrixHint')}</Typography.Text>
      </div>
    </div>
  );
}
