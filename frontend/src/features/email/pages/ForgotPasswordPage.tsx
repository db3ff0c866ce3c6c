import { passwordResetRequestSchema } from '@pn/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { requestPasswordReset } from '../api';

/** Asks for a reset link. The answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.forgot.title'));
  const form = useSchemaForm({ schema: passwordResetRequestSchema, defaultValues: { email: '' } });
  const request = useMutation({ mutationFn: requestPasswordReset });

  const submit = form.submit((body) => {
    request.mutate(body.email, { onError: (error) => form.showServerError(error) });
  });

  return (
    <div className="page page--narrow">
      <h1>{t('email.forgot.title')}</h1>
      {request.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('email.forgot.sent', { email: request.variables })}
        </p>
      ) : (
        <>
          <p className="lead">{t('email.forgot.intro')}</p>
          <form id={form.formId} className="form card" onSubmit={submit} noValidate>
            <FormAlert messages={form.formErrors} />
            <TextField
              id="forgot-email"
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              {...form.field('email')}
              required
              spellCheck={false}
            />
            <div className="form__actions">
              <Button type="submit" busy={request.isPending} busyLabel={t('email.forgot.submitting')}>
                {t('email.forgot.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <p className="form-footer">
        <Link to="/login">{t('email.forgot.back')}</Link>
      </p>
    </div>
  );
}
