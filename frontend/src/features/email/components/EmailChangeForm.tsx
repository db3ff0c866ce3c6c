import { updateProfileSchema, type User } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { http, isApiError } from '../../../lib/http';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { authKeys } from '../../../lib/currentUser';
import { UnconfirmedNotice } from './UnconfirmedNotice';

const EMPTY = { email: '', currentPassword: '' };

/** A new address, which takes effect once confirmed from the link sent to it (the old one is told). */
export function EmailChangeForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: updateProfileSchema,
    defaultValues: EMPTY,
    check: (values) => (values.currentPassword ? {} : { currentPassword: { key: 'validation.required' } }),
  });
  const change = useMutation({
    mutationFn: (body: { email: string; currentPassword: string }) => http.patch<User>('/users/me', body),
    onSuccess: (updated) => {
      queryClient.setQueryData(authKeys.me(), updated);
      form.reset(EMPTY);
    },
  });

  const submit = form.submit((body) => {
    if (!body.email || !body.currentPassword) return;
    change.mutate(
      { email: body.email, currentPassword: body.currentPassword },
      {
        onError: (error) => {
          if (isApiError(error) && error.status === 409) form.setProblems({ email: { key: 'errors.emailTaken' } });
          else form.showServerError(error);
        },
      },
    );
  });

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
          {...form.field('email')}
          required
          spellCheck={false}
        />
        <TextField
          id="email-change-password"
          label={t('email.change.currentPassword')}
          type="password"
          autoComplete="current-password"
          {...form.field('currentPassword')}
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
