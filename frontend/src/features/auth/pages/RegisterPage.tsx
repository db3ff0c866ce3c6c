import { LIMITS, registerSchema, type RegisterRequest } from '@pn/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/http';
import { readLocationState } from '../../../lib/locationState';
import { AboutYouFields, type AboutYouValues } from '../../../components/AboutYouFields';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { TextField } from '../../../components/TextField';
import { currentLanguage } from '../../../i18n';
import { browserTimeZone, invitationPreviewQuery } from '../../email';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useRegister } from '../hooks/useAuthMutations';

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

/**
 * The form's values as the API wants them: optional fields left out when empty; the interface language and
 * the browser's time zone, for the member's emails and digests.
 */
function toRequest(values: RegisterValues, invitationToken: string | null): RegisterRequest {
  const timeZone = browserTimeZone();
  return {
    locale: currentLanguage(),
    ...(timeZone ? { timeZone } : {}),
    ...(invitationToken ? { invitationToken } : {}),
    email: values.email,
    password: values.password,
    displayName: values.displayName,
    profession: values.profession as RegisterRequest['profession'],
    country: values.country,
    ...(values.organisation.trim() ? { organisation: values.organisation } : {}),
    ...(values.languages.length > 0 ? { languages: values.languages } : {}),
  };
}

/**
 * Applying to join, or, with `invitation` (the link of an invitation email), accepting it: the address is
 * the invited one, and the account is open at once.
 */
export function RegisterPage({ invitation = false }: { invitation?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const invitationToken = invitation ? (searchParams.get('token') ?? '') : null;
  const preview = useQuery({ ...invitationPreviewQuery(invitationToken ?? ''), enabled: !!invitationToken });
  usePageTitle(invitation ? t('email.accept.title') : t('auth.register.title'));
  const invitedEmail = preview.data?.email;
  const form = useSchemaForm({
    schema: registerSchema,
    defaultValues: EMPTY,
    toInput: (values) => toRequest({ ...values, email: invitedEmail ?? values.email }, invitationToken),
  });
  const register = useRegister();

  const submit = form.submit((body) => {
    // On success the account is pending and signed in; the guard of this page sends it to /pending.
    register.mutate(body, {
      // A known address is a problem of the email field: shown beside it, and gone once it is changed.
      onError: (error) => {
        if (isApiError(error) && error.status === 409) form.setProblems({ email: { key: 'errors.emailTaken' } });
        else form.showServerError(error);
      },
    });
  });

  if (invitation) {
    if (!invitationToken || preview.isError) {
      return (
        <div className="page page--narrow">
          <h1>{t('email.accept.title')}</h1>
          <p className="alert alert--error" role="alert">
            {t('email.accept.invalid')}
          </p>
        </div>
      );
    }
    if (preview.isPending) return <LoadingState />;
  }
  const invited = preview.data;

  return (
    <div className="page page--narrow">
      <h1>{invitation ? t('email.accept.title') : t('auth.register.title')}</h1>
      {invited ? (
        <>
          <p className="lead">
            {invited.invitedBy
              ? t('email.accept.intro', { inviter: invited.invitedBy })
              : t('email.accept.introAnonymous')}
          </p>
          {invited.group ? <p>{t('email.accept.group', { group: invited.group.name })}</p> : null}
        </>
      ) : (
        <p className="lead">{t('auth.register.intro')}</p>
      )}
      {preview.isError ? <ErrorState error={preview.error} /> : null}
      <form id={form.formId} className="form card" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <fieldset className="form__group">
          <legend>{t('auth.register.accountLegend')}</legend>
          <TextField
            id="register-email"
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            {...(invited
              ? { value: invited.email, onChange: () => undefined }
              : { registration: form.register('email') })}
            error={form.fieldError('email')}
            hint={invited ? t('email.accept.emailFixed') : undefined}
            disabled={!!invited}
            required
            spellCheck={false}
          />
          <TextField
            id="register-password"
            label={t('fields.password')}
            type="password"
            autoComplete="new-password"
            hint={t('hints.password', { min: LIMITS.passwordMin })}
            {...form.field('password')}
            required
          />
        </fieldset>
        <fieldset className="form__group">
          <legend>{t('auth.register.aboutLegend')}</legend>
          <AboutYouFields idPrefix="register" form={form} organisationHint={t('hints.organisation')} />
        </fieldset>
        {invited ? null : <p className="form__note">{t('auth.register.reviewNote')}</p>}
        <div className="form__actions">
          <Button type="submit" busy={register.isPending} busyLabel={t('auth.register.submitting')}>
            {invited ? t('email.accept.submit') : t('auth.register.submit')}
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
