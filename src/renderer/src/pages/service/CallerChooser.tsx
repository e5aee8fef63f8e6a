import { Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallerMatch } from '../../../../shared/service/types';

/**
 * A phone number that belongs to contacts of two or more client files: not an error, the desk asks the caller
 * which company they call for. Keyboard: the first choice has the focus, Tab moves, Enter or the number picks,
 * Esc leaves the client open (chosen by hand).
 */
export function CallerChooser({
  phone,
  matches,
  onChoose,
  onCancel,
}: {
  phone: string;
  matches: CallerMatch[];
  onChoose: (match: CallerMatch) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const shown = matches.slice(0, 9);
  return (
    <Modal
      open
      title={t('serviceDesk:intake.chooser.title', { phone })}
      footer={
        <Button onClick={onCancel} data-testid="caller-chooser-none">
          {t('serviceDesk:intake.chooser.none')}
        </Button>
      }
      onCancel={onCancel}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('serviceDesk:intake.chooser.hint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="caller-chooser">
        {shown.map((m, i) => (
          <Button
            key={`${m.clientId}-${m.contactId ?? ''}`}
            block
            autoFocus={i === 0}
            onClick={() => onChoose(m)}
            onKeyDown={(e) => {
              const n = Number(e.key);
              if (n >= 1 && n <= shown.length) {
                e.preventDefault();
                onChoose(shown[n - 1]!);
              }
            }}
            style={{ height: 'auto', textAlign: 'start', justifyContent: 'flex-start', padding: '8px 12px' }}
            data-testid="caller-choice"
          >
            <Space align="start">
              <Typography.Text keyboard>{i + 1}</Typography.Text>
              <span>
                <Typography.Text strong>{m.clientName}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {[
                    m.clientCode,
                    m.contactName && t('serviceDesk:intake.contact', { name: m.contactName }),
                    m.ownerName && t('serviceDesk:intake.owner', { name: m.ownerName }),
                  ]
                    .filter(Boolean)
                    .join(t('serviceDesk:separator'))}
                </Typography.Text>
              </span>
            </Space>
          </Button>
        ))}
      </Space>
    </Modal>
  );
}
