import { App, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract/errors';
import { useFormSubmit } from './useFormSubmit';

interface FormModalProps<V, T> {
  title: string;
  /** Names of the form's fields: main's field errors land on these. */
  fields: readonly string[];
  run: (values: V) => Promise<Result<T>>;
  /** Shown after a successful save, then the dialog closes. */
  successMessage: (data: T) => string;
  onClose: () => void;
  /** Closing without saving, when the caller must tell it apart from a save (defaults to onClose). */
  onCancel?: () => void;
  initialValues?: Partial<V>;
  form?: FormInstance<V>;
  testId?: string;
  /** The form's name: its fields get ids `<name>_<field>` that their labels point to. */
  name?: string;
  width?: number;
  /** The confirming button's word when "Save" would not say what it does (approve, refuse …). */
  okText?: string;
  children: ReactNode;
}

/** A dialog with one form whose save goes through a store: the pattern every small edit in the app uses. */
export function FormModal<V extends object, T>({
  title,
  fields,
  run,
  successMessage,
  onClose,
  onCancel,
  initialValues,
  form: given,
  testId,
  name,
  width,
  okText,
  children,
}: FormModalProps<V, T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const { busy, submit } = useFormSubmit(form, fields, (data: T) => {
    message.success(successMessage(data));
    onClose();
  });
  return (
    <Modal
      open
      title={title}
      width={width}
      onCancel={onCancel ?? onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={okText ?? t('common:save')}
      cancelText={t('common:cancel')}
      destroyOnHidden
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => submit(() => run(v))}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}
