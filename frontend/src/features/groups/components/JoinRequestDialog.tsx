import { GROUP_LIMITS, joinGroupSchema, type JoinGroupRequest } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import { useSchemaForm } from '../../../lib/useSchemaForm';

interface JoinRequestDialogProps {
  groupName: string;
  busy: boolean;
  errors: readonly Message[];
  onConfirm: (body: JoinGroupRequest) => void;
  onCancel: () => void;
}

/** Asking to join a group by approval, with an optional message to its coordinators. */
export function JoinRequestDialog({ groupName, busy, errors, onConfirm, onCancel }: JoinRequestDialogProps) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: joinGroupSchema,
    defaultValues: { message: '' },
    toInput: ({ message }) => (message.trim() ? { message } : {}),
  });
  const confirm = () => void form.submit(onConfirm)();

  return (
    <ConfirmDialog
      title={t('groups.join.requestTitle', { group: groupName })}
      confirmLabel={t('groups.join.requestConfirm')}
      busyLabel={t('groups.join.requesting')}
      busy={busy}
      errors={[...form.formErrors, ...errors]}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>{t('groups.join.requestText')}</p>
      <TextAreaField
        id="join-request-message"
        label={t('groups.join.messageLabel')}
        hint={t('groups.join.messageHint', { max: GROUP_LIMITS.requestMessageMax })}
        {...form.field('message')}
        optional
        rows={4}
      />
    </ConfirmDialog>
  );
}
