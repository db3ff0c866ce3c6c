import { LIMITS, registerSchema, type RegisterRequest } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { readLocationState } from '../../../app/locationState';
import { AboutYouFields, type AboutYouValues } from '../../../components/AboutYouFields';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useZodForm } from '../../../lib/useZodForm';
import { useRegister } from '../hooks/useAuthMutations';

const FIELDS = ['email', 'password', 'displayName', 'profession', 'country', 'organisation', 'languages'] as const;

interface RegisterValues extends AboutYouValues {
  email: string;
  password: string;
}

const EMPTY: RegisterValues = {
  email: '',
  password: '',
  displayName: '',
  profession: '',
  country: '',
  organisation: '',
  languages: [],
};

/** The form's values as the API wants them: optional fields left out when empty. */
function toRequest(values: RegisterValues): RegisterRequest {
  return {
    email: values.email,
    password: values.password,
    displayName: values.displayName,
    profession: values.profession as RegisterRequest['profession'],
    country: values.country,
    ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
    ...(values.languages.length > 0 ? { languages: values.languages } : {}),
  };
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.register.title'));
  const location = useLocation();
  const [values, setValues] = useState<RegisterValues>(EMPTY);
  const form = useZodForm(registerSchema, FIELDS);
  const register = useRegister();

  const set =
    <K extends keyof RegisterValues>(key: K) =>
    (value: RegisterValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(toRequest(values));
    if (!body) return;
    // On success the account is pending and signed in; the guard of this page sends it to /pending.
    register.mutate(body, {
      onError: (error) => form.showServerError(error, { 409: 'errors.emailTaken' }),
    });
  };

  return (
    <div className="page page--narrow">
      <h1>{t('auth.register.title')}</h1>
      <p className="lead">{t('auth.register.intro')}</p>
      <form id={form.formId} className="form card" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <fieldset className="form__group">
          <legend>{t('auth.register.accountLegend')}</legend>
          <TextField
            id="register-email"
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={set('email')}
            error={form.fieldErrors.email}
            required
            spellCheck={false}
          />
          <TextField
            id="register-password"
            label={t('fields.password')}
            type="password"
            autoComplete="new-password"
            hint={t('hints.password', { min: LIMITS.passwordMin })}
            value={values.password}
            onChange={set('password')}
            error={form.fieldErrors.password}
            required
          />
        </fieldset>
        <fieldset className="form__group">
          <legend>{t('auth.register.aboutLegend')}</legend>
          <AboutYouFields
            idPrefix="register"
            values={values}
            onChange={(change) => setValues((current) => ({ ...current, ...change }))}
            errors={form.fieldErrors}
            organisationHint={t('hints.organisation')}
          />
        </fieldset>
        <p className="form__note">{t('auth.register.reviewNote')}</p>
        <div className="form__actions">
          <Button type="submit" busy={register.isPending} busyLabel={t('auth.register.submitting')}>
            {t('auth.register.submit')}
          </Button>
        </div>
      </form>
      <p className="form-footer">
        {t('auth.register.haveAccount')}{' '}
        <Link to="/login" state={readLocationState(location.state)}>
          {t('auth.register.signInLink')}
        </Link>
      </p>
    </div>
  );
}
