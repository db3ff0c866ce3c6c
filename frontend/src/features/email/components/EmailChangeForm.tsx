import { updateProfileSchema, type User } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { http } from '../../../lib/http';
import { useZodForm } from '../../../lib/useZodForm';
import { authKeys } from '../../../lib/currentUser';
import { UnconfirmedNotice } from './UnconfirmedNotice';

const FIELDS = ['email', 'currentPassword'] as const;

/** A new address, which takes effect once confirmed from the link sent to it (the old one is told). */
export function EmailChangeForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ email: '', currentPassword: '' });
  const form = useZodForm(updateProfileSchema, FIELDS);
  const change = useMutation({
    mutationFn: (body: { email: string; currentPassword: string }) => http.patch<User>('/users/me', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(authKeys.me(), updated);
      setValues({ email: '', currentPassword: '' });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(
      values,
      values.currentPassword ? {} : { currentPassword: { key: 'validation.required' } },
    );
    if (!body?.email || !body.currentPassword) return;
    change.mutate(
      { email: body.email, currentPassword: body.currentPassword },
      { onError: (error) => form.showServerError(error, { 409: 'errors.emailTaken' }) },
    );
  };

  return (
    <section aria-labelledby="email-change-title">
      <h2 id="email-change-title">{t('email.change.title')}</h2>
      <UnconfirmedNotice user={user} />
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <TextField
          id="email-change-address"
          label={t('email.change.newAddress')}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
          error={form.fieldErrors.email}
          required
          spellCheck={false}
        />
        <TextField
          id="email-change-password"
          label={t('email.change.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(currentPassword) => setValues((current) => ({ ...current, currentPassword }))}
          error={form.fieldErrors.currentPassword}
          required
        />
        <div className="form__actions">
          <Button type="submit" busy={change.isPending} busyLabel={t('email.change.submitting')}>
            {t('email.change.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
