import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../../../shared/risk/levelColors';
import type { RiskLevel } from '../../../shared/risk/levels';

const CHIP: CSSProperties = {
  display: 'inline-block',
  paddingInline: 7,
  fontSize: 12,
  lineHeight: '20px',
  borderRadius: 4,
  whiteSpace: 'nowrap',
  fontWeight: 500,
};

/**
 * A risk's level as a chip in the level's own colour (shared/risk/levelColors.ts, the same on paper); a risk
 * not yet assessed says so in grey. A plain span: lists draw one per row. Every screen that shows a level —
 * the register, the heat map, meetings, indicators, audits — shows it this way.
 */
export function levelChip(t: TFunction, level: RiskLevel | null) {
  if (!level)
    return (
      <span style={{ ...CHIP, background: '#f5f5f5', color: 'rgba(0,0,0,0.45)' }} data-level="none">
        {t('riskDesk:notAssessed')}
      </span>
    );
  const c = LEVEL_COLORS[level];
  return (
    <span style={{ ...CHIP, background: c.fill, color: c.text }} data-level={level} data-testid="level-chip">
      {t(`risk:level.${level}`)}
    </span>
  );
}

export function LevelTag({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation();
  return levelChip(t, level);
}
