import { rejectUserSchema } from '@pn/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import { useSchemaForm } from '../../../lib/useSchemaForm';

interface ReasonDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  danger?: boolean;
  busy: boolean;
  errors: readonly Message[];
  /** Called with the reason, or undefined when none was given. */
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
}

/** A confirmation that also asks for an optional reason, which is kept in the audit log. */
export function ReasonDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  danger,
  busy,
  errors,
  onConfirm,
  onCancel,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: rejectUserSchema,
    defaultValues: { reason: '' },
    toInput: ({ reason }) => (reason.trim() ? { reason } : {}),
  });
  const confirm = () => void form.submit((body) => onConfirm(body.reason))();

  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      busyLabel={busyLabel}
      danger={danger}
      busy={busy}
      errors={[...form.formErrors, ...errors]}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      {children}
      <TextAreaField
        id="action-reason"
        label={t('admin.reason.label')}
        hint={t('admin.reason.hint')}
        {...form.field('reason')}
        optional
      />
    </ConfirmDialog>
  );
}
