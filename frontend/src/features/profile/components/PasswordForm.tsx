import { LIMITS, updateProfileSchema } from '@pn/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextField } from '../../../components/TextField';
import { useZodForm, type FieldErrors } from '../../../lib/useZodForm';
import { authKeys, fetchMe } from '../../../lib/currentUser';
import { useEndSession } from '../../auth';
import { useUpdateProfile } from '../hooks/useProfileMutations';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const endSession = useEndSession();
  const [values, setValues] = useState(EMPTY);
  const [changed, setChanged] = useState(false);
  const form = useZodForm(updateProfileSchema, FIELDS);
  const update = useUpdateProfile();

  const set = (key: Field) => (value: string) => {
    setChanged(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    // Problems the shared schema does not know about: an empty current password, two new ones that differ.
    const extra: FieldErrors<Field> = {};
    if (!values.currentPassword) extra.currentPassword = { key: 'validation.required' };
    if (values.confirmPassword !== values.newPassword) extra.confirmPassword = { key: 'validation.passwordsDiffer' };
    const body = form.validate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, extra);
    if (!body) return;
    // A password change ends sessions; if it ended this one too, ask to sign in again.
    const afterChange = async () => {
      setValues(EMPTY);
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
  };

  return (
    <form id={form.formId} className="form" onSubmit={submit} noValidate aria-labelledby="profile-password-title">
      <h2 id="profile-password-title">{t('profile.password.title')}</h2>
      <p>{t('profile.password.intro')}</p>
      <FormAlert messages={form.formErrors} />
      <TextField
        id="profile-currentPassword"
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={form.fieldErrors.currentPassword}
        required
      />
      <TextField
        id="profile-newPassword"
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('hints.password', { min: LIMITS.passwordMin })}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={form.fieldErrors.newPassword}
        required
      />
      <TextField
        id="profile-confirmPassword"
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={set('confirmPassword')}
        error={form.fieldErrors.confirmPassword}
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
