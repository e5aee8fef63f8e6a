import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { LIMITS } from '../../../shared/contract/limits';

/** The same checks main makes on a new password, so the user hears about them before sending. */
export const newPasswordRules = (t: TFunction): FormRule[] => [
  { required: true, message: t('validation:required') },
  { min: LIMITS.passwordMin, message: t('validation:tooShort', { min: LIMITS.passwordMin }) },
];

/** "Confirm password" must repeat the field named `of`. */
export const confirmPasswordRules = (t: TFunction, of: string): FormRule[] => [
  { required: true, message: t('validation:required') },
  ({ getFieldValue }) => ({
    validator: (_rule, value) =>
      !value || getFieldValue(of) === value
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation:passwordMismatch'))),
  }),
];
