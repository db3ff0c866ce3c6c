import { GROUP_LIMITS, joinGroupSchema, type JoinGroupRequest } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import { useZodForm } from '../../../lib/useZodForm';

const FIELDS = ['message'] as const;

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
  const [message, setMessage] = useState('');
  const form = useZodForm(joinGroupSchema, FIELDS);

  const confirm = () => {
    const body = form.validate(message.trim() ? { message } : {});
    if (body) onConfirm(body);
  };

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
        value={message}
        onChange={setMessage}
        error={form.fieldErrors.message}
        optional
        rows={4}
      />
    </ConfirmDialog>
  );
}
