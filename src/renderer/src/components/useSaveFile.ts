import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract/errors';
import type { FilePayload } from '../../../shared/contract/fields';
import { errorText } from '../api/errors';
import { reports } from '../stores/reportsStore';

/** Produce a file in main (report, export), then let the shell save it; progress and outcome shown. */
export function useSaveFile() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function produceAndSave(
    produce: () => Promise<Result<FilePayload>>,
    successKey = 'common:fileSaved',
  ): Promise<void> {
    setBusy(true);
    const key = 'file-progress';
    message.open({ key, type: 'loading', content: t('common:preparingFile'), duration: 0 });
    try {
      const r = await produce();
      if (!r.ok) return void message.open({ key, type: 'error', content: errorText(t, r.error) });
      const saved = await reports.save(r.data);
      if (saved.error)
        return void message.open({
          key,
          type: 'error',
          content: t(saved.error === 'DISK_FULL' ? 'errors:DISK_FULL' : 'common:saveFailed'),
        });
      if (!saved.saved) return void message.destroy(key);
      message.open({ key, type: 'success', content: t(successKey, { file: saved.path ?? r.data.fileName }) });
    } finally {
      setBusy(false);
    }
  }
  return { busy, produceAndSave };
}
