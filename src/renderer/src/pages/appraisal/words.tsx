import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppraisalIndicator, RatingBand } from '../../../../shared/appraisal/indicators';
import type { Locale } from '../../../../shared/contract/fields';

/** A bilingual record's name in the reader's language (the other language's when this one is missing). */
export const localName = (r: { nameZh: string; nameEn: string | null }, locale: Locale): string =>
  locale === 'en-US' ? (r.nameEn ?? r.nameZh) : r.nameZh;

export const bandAnchor = (b: RatingBand, locale: Locale): string =>
  locale === 'en-US' ? b.anchorEn : b.anchorZh;

/** The scoring of an indicator in one sentence (the band list follows for a rated one, the source for the rest). */
export function scoringSentence(t: TFunction, i: Pick<AppraisalIndicator, 'scoring' | 'cap'>): string {
  return i.scoring === 'rated'
    ? t('appraisal:scoringWords.rated')
    : t('appraisal:scoringWords.quantitative', { cap: i.cap ?? '—' });
}

/** How an indicator is scored, stated in words: the formula and its cap with the source, or the bands. */
export function ScoringExplanation({
  indicator,
  locale,
}: {
  indicator: Pick<AppraisalIndicator, 'scoring' | 'cap' | 'source' | 'bands'>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text>{scoringSentence(t, indicator)}</Typography.Text>
      {indicator.scoring === 'quantitative' && (
        <div>
          <Typography.Text type="secondary">{t(`appraisal:sourceWords.${indicator.source}`)}</Typography.Text>
        </div>
      )}
      {indicator.scoring === 'rated' && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {indicator.bands.map((b) => (
            <li key={b.min}>
              <Typography.Text strong>{t('appraisal:band', { min: b.min, max: b.max })}</Typography.Text>{' '}
              <Typography.Text type="secondary">{bandAnchor(b, locale)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
