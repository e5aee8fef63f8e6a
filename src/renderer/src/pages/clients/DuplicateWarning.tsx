import { Alert, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isValidCreditCode } from '../../../../shared/clients/rules';
import type { DuplicateMatch } from '../../../../shared/clients/types';
import { isValidPhone } from '../../../../shared/contract/fields';
import { useClients } from '../../stores/clientsStore';

/** How long typing must pause before the files are checked. */
export const DUPLICATE_CHECK_DELAY_MS = 400;

/**
 * While the user types a name, credit code or a contact's mobile, looks for files that may be the same client (same credit code,
 * same normalised name, same phone) and lists them. A similar name or phone only warns; a credit code names one
 * legal entity, so main refuses a second live file with the same one.
 */
export function DuplicateWarning({
  exceptId,
  name,
  creditCode,
  phone,
  unchanged,
  onOpen,
}: {
  exceptId: string | null;
  name?: string;
  creditCode?: string;
  /** A contact's mobile (the contact form). */
  phone?: string;
  /** When editing: the saved values, which are not checked again. */
  unchanged: { name?: string; creditCode?: string | null; phone?: string | null } | null;
  /** Called before the user is taken to a matching file. */
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const checkDuplicates = useClients((s) => s.checkDuplicates);
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const latest = useRef(0);

  const nameToCheck = name?.trim() && name.trim() !== unchanged?.name ? name.trim() : null;
  const code = creditCode?.trim().toUpperCase();
  const codeToCheck = code && isValidCreditCode(code) && code !== unchanged?.creditCode ? code : null;
  const number = phone?.trim();
  const phoneToCheck = number && isValidPhone(number) && number !== unchanged?.phone ? number : null;

  useEffect(() => {
    const seq = ++latest.current;
    if (!nameToCheck && !codeToCheck && !phoneToCheck) {
      const clear = setTimeout(() => seq === latest.current && setMatches([]), 0);
      return () => clearTimeout(clear);
    }
    const handle = setTimeout(async () => {
      const r = await checkDuplicates({
        exceptId,
        name: nameToCheck,
        creditCode: codeToCheck,
        phones: phoneToCheck ? [phoneToCheck] : [],
      });
      if (seq === latest.current) setMatches(r.ok ? r.data : []);
    }, DUPLICATE_CHECK_DELAY_MS);
    return () => clearTimeout(handle);
  }, [exceptId, nameToCheck, codeToCheck, phoneToCheck, checkDuplicates]);

  if (matches.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicate-warning"
      title={t('clients:form.duplicates.title')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('clients:form.duplicates.intro')}{' '}
            {t(
              matches.some((m) => m.reasons.includes('creditCode'))
                ? 'clients:form.duplicates.creditCodeTaken'
                : 'clients:form.duplicates.maySave',
            )}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {matches.map((m) => (
              <li key={m.clientId}>
                <Typography.Text code>{m.code}</Typography.Text>{' '}
                <Typography.Text strong>{m.name}</Typography.Text>
                {' · '}
                {m.reasons
                  .map((r) => t(`clients:form.duplicates.reasons.${r}`))
                  .join(t('clients:listSeparator'))}
                {m.ownerName && (
                  <Typography.Text type="secondary">
                    {' · '}
                    {t('clients:form.duplicates.owner', { name: m.ownerName })}
                  </Typography.Text>
                )}{' '}
                {m.visible ? (
                  <Typography.Link
                    onClick={() => {
                      onOpen();
                      navigate(`/clients/${m.clientId}`);
                    }}
                  >
                    {t('clients:form.duplicates.open')}
                  </Typography.Link>
                ) : (
                  <Typography.Text type="secondary">
                    {t('clients:form.duplicates.notVisible')}
                  </Typography.Text>
                )}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
