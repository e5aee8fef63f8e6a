import { GlobalOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/contract/fields';
import { useLocale } from '../stores/localeStore';

/** Switches the whole UI (and antd, dayjs) at once; the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const setLocale = useLocale((s) => s.setLocale);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <GlobalOutlined aria-label={t('common:language')} />
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        options={[
          { value: 'zh-CN', label: t('common:languages.zh-CN') },
          { value: 'en-US', label: t('common:languages.en-US') },
        ]}
        data-testid="language-switch"
      />
    </span>
  );
}
