import { DISCUSSION_LIMITS, flagMessageSchema, type Message } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/TextField';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useFlagMessage } from '../hooks/useMessageMutations';

/** Flagging a message for the group's coordinators, with the reason (required). */
export function FlagDialog({
  message,
  onDone,
  onCancel,
}: {
  message: Message;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: flagMessageSchema, defaultValues: { reason: '' } });
  const flag = useFlagMessage();
  const author = message.author?.displayName ?? t('discussions.formerMember');

  const confirm = form.submit((body) => {
    flag.mutate(
      { id: message.id, body },
      {
        onSuccess: onDone,
        onError: (error) => form.showServerError(error, { 409: 'errors.alreadyFlagged' }),
      },
    );
  });

  return (
    <ConfirmDialog
      title={t('discussions.flag.title', { name: author })}
      confirmLabel={t('discussions.flag.confirm')}
      busyLabel={t('discussions.flag.sending')}
      busy={flag.isPending}
      errors={form.formErrors}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t('discussions.flag.text')}</p>
      <TextAreaField
        id="flag-reason"
        label={t('discussions.flag.reasonLabel')}
        hint={t('discussions.flag.reasonHint', { max: DISCUSSION_LIMITS.flagReasonMax })}
        {...form.field('reason')}
        rows={3}
      />
    </ConfirmDialog>
  );
}
