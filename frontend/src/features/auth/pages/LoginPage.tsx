import { loginSchema, type SecondFactorRequired } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { readLocationState } from '../../../lib/locationState';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { NoticeBanner } from '../../../components/NoticeBanner';
import { TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { passkeyCancelled, passkeysSupported } from '../../../lib/webauthn';
import { SecondFactorStep } from '../components/SecondFactorStep';
import { useLogin, usePasskeySignIn } from '../hooks/useAuthMutations';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const location = useLocation();
  const { from } = readLocationState(location.state);
  const form = useSchemaForm({ schema: loginSchema, defaultValues: { email: '', password: '' } });
  const login = useLogin();
  const passkey = usePasskeySignIn();
  const [pending, setPending] = useState<SecondFactorRequired | null>(null);

  const submit = form.submit((body) => {
    // On success the `me` query is set and the guard of this page sends the person on (see GuestOnly);
    // an account with a second factor is asked for it first.
    login.mutate(body, {
      onSuccess: (result) => {
        if ('secondFactor' in result) setPending(result);
      },
      onError: (error) =>
        form.showServerError(error, { 401: 'errors.wrongCredentials', 403: 'errors.accountSuspended' }),
    });
  });

  const signInWithPasskey = () =>
    passkey.mutate(undefined, {
      onError: (error) => {
        if (passkeyCancelled(error)) return;
        form.showServerError(error, { 401: 'auth.errors.passkeyUnknown', 403: 'errors.accountSuspended' });
      },
    });

  if (pending) {
    return (
      <div className="page page--narrow">
        <h1>{t('auth.login.title')}</h1>
        <SecondFactorStep
          pending={pending}
          onRestart={() => {
            login.reset();
            setPending(null);
            form.resetField('password');
          }}
        />
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('auth.login.title')}</h1>
      <NoticeBanner />
      {from ? <p className="alert alert--info">{t('auth.login.signInToContinue')}</p> : null}
      <form id={form.formId} className="form card" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <TextField
          id="login-email"
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          {...form.field('email')}
          required
          spellCheck={false}
        />
        <TextField
          id="login-password"
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          {...form.field('password')}
          required
        />
        <div className="form__actions">
          <Button type="submit" busy={login.isPending} busyLabel={t('auth.login.submitting')}>
            {t('auth.login.submit')}
          </Button>
        </div>
      </form>
      {passkeysSupported() ? (
        <div className="card stack">
          <p>{t('auth.login.passkeyIntro')}</p>
          <div>
            <Button
              variant="secondary"
              onClick={signInWithPasskey}
              busy={passkey.isPending}
              busyLabel={t('auth.login.passkeyBusy')}
            >
              {t('auth.login.passkey')}
            </Button>
          </div>
        </div>
      ) : null}
      <p className="form-footer">
        <Link to="/forgot-password">{t('email.forgot.link')}</Link>
      </p>
      <p className="form-footer">
        {t('auth.login.noAccount')}{' '}
        <Link to="/register" state={{ from }}>
          {t('auth.login.applyLink')}
        </Link>
      </p>
    </div>
  );
}
