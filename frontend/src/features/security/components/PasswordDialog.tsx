import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormField } from '../../../components/FormField';
import type { Message } from '../../../i18n/types';
import { isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';

interface PasswordDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The error of the last attempt, if any. */
  error: unknown;
  danger?: boolean;
  onConfirm: (password: string) => void;
  onCancel: () => void;
}

/** A confirmation that asks for the password again, for removing a factor or replacing recovery codes. */
export function PasswordDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  error,
  danger = false,
  onConfirm,
  onCancel,
}: PasswordDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const wrong = isApiError(error) && error.status === 400;
  const fieldError: Message | undefined = missing
    ? { key: 'validation.required' }
    : wrong
      ? { key: 'security.errors.wrongPassword' }
      : undefined;

  // A missing or wrong password: the field says so and gets the focus, ready for another try.
  useEffect(() => {
    if (missing || wrong) document.getElementById(id)?.focus();
  }, [missing, wrong, error, id]);

  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      busyLabel={busyLabel}
      busy={busy}
      danger={danger}
      errors={error && !wrong ? [errorMessage(error)] : []}
      onConfirm={() => {
        if (!password) {
          setMissing(true);
          return;
        }
        setMissing(false);
        onConfirm(password);
      }}
      onCancel={onCancel}
    >
      {children}
      <FormField
        id={id}
        label={t('security.password.label')}
        hint={t('security.password.hint')}
        error={fieldError}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            data-autofocus
            onChange={(event) => {
              setPassword(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </FormField>
    </ConfirmDialog>
  );
}
