import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, Result } from '../../../../shared/contract/errors';
import { LIMITS } from '../../../../shared/contract/limits';
import type { Risk, RiskDetail, RiskStatus } from '../../../../shared/risk/types';
import { errorText } from '../../api/errors';
import { useRisk } from '../../stores/riskStore';

/** A dialog of the header: a move to another status, reopening, or the periodic review. */
export type StepDialog = { kind: 'move'; to: RiskStatus } | { kind: 'reopen' } | { kind: 'review' };

/**
 * Main's refusals that belong to no field of this little form (a response not yet approved, actions still
 * open …), each in words: the user sees all of what stands in the way at once.
 */
export function otherFieldErrors(t: TFunction, error: AppErrorShape, mine: string[]): string[] {
  return Object.entries(error.fields ?? {})
    .filter(([path]) => !mine.includes(path.split('.')[0]!))
    .map(([, fe]) => t(fe.key.replace(/^validation\./, 'validation:'), fe.params ?? {}));
}

/**
 * One note-taking dialog for the header's steps: moving to monitoring (note optional), closing (a note is
 * required), reopening (the reason), the periodic review (what was found). What main refuses shows on the
 * note, or above it when it concerns the rest of the risk.
 */
export function RiskStepForm({
  dialog,
  detail,
  onClose,
}: {
  dialog: StepDialog;
  detail: RiskDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const move = useRisk((s) => s.move);
  const reopen = useRisk((s) => s.reopen);
  const review = useRisk((s) => s.review);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const risk = detail.risk;

  const key = dialog.kind === 'move' ? `move.${dialog.to}` : dialog.kind;
  const field = dialog.kind === 'reopen' ? 'reason' : 'note';
  const required = dialog.kind !== 'move' || dialog.to === 'closed';

  async function save(text: string | null) {
    setBusy(true);
    setProblems([]);
    try {
      const base = { id: risk.id, version: risk.version };
      let r: Result<Risk>;
      if (dialog.kind === 'move') r = await move({ ...base, to: dialog.to, note: text });
      else if (dialog.kind === 'reopen') r = await reopen({ ...base, reason: text ?? '' });
      else r = await review({ ...base, note: text ?? '' });
      if (r.ok) {
        message.success(t(`riskDesk:steps.${key}.done`));
        return onClose();
      }
      const fieldError = r.error.fields?.[field];
      if (fieldError)
        form.setFields([
          {
            name: 'text',
            errors: [t(fieldError.key.replace(/^validation\./, 'validation:'), fieldError.params ?? {})],
          },
        ]);
      const others = otherFieldErrors(t, r.error, [field]);
      setProblems(others);
      if (!fieldError && others.length === 0) message.error(errorText(t, r.error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t(`riskDesk:steps.${key}.title`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`riskDesk:steps.${key}.ok`)}
      cancelText={t('common:cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(`riskDesk:steps.${key}.hint`, { code: risk.code })}
      </Typography.Paragraph>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('riskDesk:steps.cannot')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          data-testid="step-problems"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name="riskStep"
        data-testid="risk-step-form"
        onFinish={(v) => void save(v.text?.trim() || null)}
      >
        <Form.Item
          name="text"
          label={t(`riskDesk:steps.${key}.field`)}
          rules={required ? [{ required: true, whitespace: true, message: t('validation:required') }] : []}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.text} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
