import { LIMITS, passwordResetConfirmSchema } from '@pn/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { confirmPasswordReset } from '../api';

/** The page of a reset link: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.reset.title'));
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const [invalid, setInvalid] = useState(false);
  const form = useSchemaForm({
    schema: passwordResetConfirmSchema,
    defaultValues: { password: '', repeat: '' },
    toInput: ({ password }) => ({ token, password }),
    check: ({ password, repeat }) => (repeat !== password ? { repeat: { text: t('email.reset.mismatch') } } : {}),
  });
  const reset = useMutation({
    mutationFn: (body: { token: string; password: string }) => confirmPasswordReset(body.token, body.password),
  });

  if (!token || invalid) {
    return (
      <div className="page page--narrow">
        <h1>{t('email.reset.title')}</h1>
        <p className="alert alert--error" role="alert">
          {token ? t('email.reset.invalid') : t('email.reset.missingToken')}
        </p>
        <p>
          <Link to="/forgot-password">{t('email.reset.requestNew')}</Link>
        </p>
      </div>
    );
  }

  const submit = form.submit((body) => {
    reset.mutate(body, {
      onSuccess: () => void navigate('/login', { replace: true, state: { notice: 'passwordReset' } }),
      onError: (error) => {
        if (isApiError(error) && error.status === 400 && error.messages.some((m) => m.startsWith('token:'))) {
          setInvalid(true);
        } else {
          form.showServerError(error);
        }
      },
    });
  });

  return (
    <div className="page page--narrow">
      <h1>{t('email.reset.title')}</h1>
      <p className="lead">{t('email.reset.intro')}</p>
      <form id={form.formId} className="form card" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <TextField
          id="reset-password"
          label={t('email.reset.password')}
          type="password"
          autoComplete="new-password"
          hint={t('hints.password', { min: LIMITS.passwordMin })}
          {...form.field('password')}
          required
        />
        <TextField
          id="reset-repeat"
          label={t('email.reset.repeat')}
          type="password"
          autoComplete="new-password"
          {...form.field('repeat')}
          required
        />
        <div className="form__actions">
          <Button type="submit" busy={reset.isPending} busyLabel={t('email.reset.submitting')}>
            {t('email.reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
