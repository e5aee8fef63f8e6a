import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../../../../shared/risk/levelColors';
import { riskLevel } from '../../../../shared/risk/rules';
import type { LevelMatrix, ScaleStep } from '../../../../shared/risk/settings';
import type { HeatCell } from '../../../../shared/risk/types';
import { useLocale } from '../../stores/localeStore';
import { stepName } from './labels';

const ROWS = [5, 4, 3, 2, 1] as const;
const COLS = [1, 2, 3, 4, 5] as const;

/**
 * The 5×5 grid: likelihood 5 → 1 from top to bottom, impact 1 → 5 from left to right, each cell in the
 * colour of its level by the matrix, with the number of risks in it. A cell with risks can be clicked.
 */
export function HeatGrid({
  cells,
  matrix,
  likelihoodScale,
  impactScale,
  onCell,
  testId,
}: {
  cells: readonly HeatCell[];
  matrix: LevelMatrix;
  likelihoodScale: readonly ScaleStep[];
  impactScale: readonly ScaleStep[];
  onCell: (likelihood: number, impact: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const count = (l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i)?.count ?? 0;
  return (
    <div data-testid={testId} style={{ display: 'flex', gap: 6 }}>
      <div
        style={{
          // Chinese reads top to bottom upright; English is turned to read bottom to top.
          writingMode: 'vertical-rl',
          ...(locale === 'zh-CN' ? { textOrientation: 'upright' } : { transform: 'rotate(180deg)' }),
          textAlign: 'center',
          color: 'rgba(0,0,0,0.65)',
          fontWeight: 500,
        }}
      >
        {t('risk:field.likelihood')}
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div
          style={{
            display: 'grid',
            // Columns may shrink below their labels' width (the labels wrap or clip): two grids side by side
            // never push the page wider than the window.
            gridTemplateColumns: 'minmax(52px, 0.9fr) repeat(5, minmax(0, 1fr))',
            gap: 4,
          }}
        >
          {ROWS.map((l) => (
            <div key={l} style={{ display: 'contents' }}>
              <div
                style={{
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'center',
                  paddingInlineEnd: 4,
                  textAlign: 'right',
                  lineHeight: 1.2,
                  minWidth: 0,
                  overflowWrap: 'anywhere',
                }}
              >
                <Typography.Text strong>{l}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {stepName(likelihoodScale[l - 1], locale)}
                </Typography.Text>
              </div>
              {COLS.map((i) => {
                const level = riskLevel(matrix, l, i);
                const c = LEVEL_COLORS[level];
                const n = count(l, i);
                return (
                  <Tooltip
                    key={i}
                    title={`${t('risk:cell', { likelihood: l, impact: i, score: l * i })} · ${t(`risk:level.${level}`)}`}
                  >
                    <button
                      type="button"
                      disabled={n === 0}
                      onClick={() => onCell(l, i)}
                      data-testid="heat-cell"
                      data-likelihood={l}
                      data-impact={i}
                      data-count={n}
                      data-level={level}
                      aria-label={`${t('risk:cell', { likelihood: l, impact: i, score: l * i })}: ${n}`}
                      style={{
                        aspectRatio: '1.35',
                        minHeight: 44,
                        border: 0,
                        borderRadius: 6,
                        background: c.fill,
                        color: c.text,
                        opacity: n === 0 ? 0.45 : 1,
                        cursor: n === 0 ? 'default' : 'pointer',
                        fontSize: n === 0 ? 14 : 22,
                        fontWeight: 600,
                        boxShadow: n === 0 ? 'none' : 'inset 0 0 0 2px rgba(0,0,0,0.12)',
                      }}
                    >
                      {n === 0 ? '' : n}
                    </button>
                  </Tooltip>
                );
              })}
            </div>
          ))}
          <div />
          {COLS.map((i) => (
            <div key={i} style={{ textAlign: 'center', lineHeight: 1.2, paddingTop: 2, minWidth: 0 }}>
              <Typography.Text strong>{i}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
                {stepName(impactScale[i - 1], locale)}
              </Typography.Text>
            </div>
          ))}
        </div>
        <div style={{ textAlign: 'center', color: 'rgba(0,0,0,0.65)', fontWeight: 500, marginTop: 4 }}>
          {t('risk:field.impact')}
        </div>
      </div>
    </div>
  );
}
