import { LIMITS, updateProfileSchema } from '@pn/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextField } from '../../../components/TextField';
import { useSchemaForm, type FieldProblems } from '../../../lib/useSchemaForm';
import { authKeys, fetchMe } from '../../../lib/currentUser';
import { useEndSession } from '../../auth';
import { useUpdateProfile } from '../hooks/useProfileMutations';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };
type PasswordValues = typeof EMPTY;

/** Problems the shared schema does not know about: an empty current password, two new ones that differ. */
function check(values: PasswordValues): FieldProblems<PasswordValues> {
  const problems: FieldProblems<PasswordValues> = {};
  if (!values.currentPassword) problems.currentPassword = { key: 'validation.required' };
  if (values.confirmPassword !== values.newPassword) problems.confirmPassword = { key: 'validation.passwordsDiffer' };
  return problems;
}

export function PasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const endSession = useEndSession();
  const [changed, setChanged] = useState(false);
  const form = useSchemaForm({
    schema: updateProfileSchema,
    defaultValues: EMPTY,
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    check,
  });
  const update = useUpdateProfile();

  const submit = form.submit((body) => {
    // A password change ends sessions; if it ended this one too, ask to sign in again.
    const afterChange = async () => {
      form.reset(EMPTY);
      const me = await fetchMe().catch(() => null);
      if (!me) {
        await endSession('/login', { notice: 'passwordChanged', from: '/profile' });
        return;
      }
      queryClient.setQueryData(authKeys.me(), me);
      setChanged(true);
    };
    update.mutate(body, {
      onSuccess: () => void afterChange(),
      onError: (error) =>
        form.showServerError(error, { 401: 'errors.wrongCurrentPassword', 403: 'errors.wrongCurrentPassword' }),
    });
  });

  return (
    <form
      id={form.formId}
      className="form"
      onSubmit={(event) => {
        setChanged(false);
        void submit(event);
      }}
      onChange={() => setChanged(false)}
      noValidate
      aria-labelledby="profile-password-title"
    >
      <h2 id="profile-password-title">{t('profile.password.title')}</h2>
      <p>{t('profile.password.intro')}</p>
      <FormAlert messages={form.formErrors} />
      <TextField
        id="profile-currentPassword"
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        {...form.field('currentPassword')}
        required
      />
      <TextField
        id="profile-newPassword"
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('hints.password', { min: LIMITS.passwordMin })}
        {...form.field('newPassword')}
        required
      />
      <TextField
        id="profile-confirmPassword"
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        {...form.field('confirmPassword')}
        required
      />
      <StatusMessage message={changed ? t('profile.password.changed') : null} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('profile.password.submit')}
        </Button>
      </div>
    </form>
  );
}
