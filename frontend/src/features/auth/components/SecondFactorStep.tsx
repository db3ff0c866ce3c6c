import { confirmTotpSchema, recoveryCodeSchema, type SecondFactorRequired } from '@pn/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { passkeyCancelled, signWithPasskey } from '../../../lib/webauthn';
import { useSecondFactor } from '../hooks/useAuthMutations';

const recoveryForm = z.object({ code: recoveryCodeSchema });
const CODE_FIELD_ID = 'second-factor-code';

type Mode = 'totp' | 'passkey' | 'recovery-code';

interface SecondFactorStepProps {
  pending: SecondFactorRequired;
  /** Back to the password: the challenge expired or was spent. */
  onRestart: () => void;
}

/**
 * The second step of signing in: the authenticator app's code, a passkey, or a recovery code, whichever the
 * account has. On success the `me` query is set and the page's guard sends the person on.
 */
export function SecondFactorStep({ pending, onRestart }: SecondFactorStepProps) {
  const { t } = useTranslation();
  const hasTotp = pending.methods.includes('totp');
  const hasPasskey = pending.methods.includes('webauthn') && Boolean(pending.webauthn);
  const hasRecovery = pending.methods.includes('recovery-code');
  const usual: Mode = hasTotp ? 'totp' : hasPasskey ? 'passkey' : 'recovery-code';
  const [mode, setMode] = useState<Mode>(usual);
  const [expired, setExpired] = useState(false);
  const totpForm = useSchemaForm({ schema: confirmTotpSchema, defaultValues: { code: '' } });
  const recovery = useSchemaForm({ schema: recoveryForm, defaultValues: { code: '' } });
  const form = mode === 'recovery-code' ? recovery : totpForm;
  const verify = useSecondFactor();

  useEffect(() => {
    if (mode !== 'passkey') document.getElementById(CODE_FIELD_ID)?.focus();
  }, [mode]);

  const onError = (error: unknown) => {
    const message = isApiError(error) ? (error.messages[0] ?? '') : '';
    if (isApiError(error) && error.status === 401 && /sign in again/.test(message)) {
      setExpired(true);
    } else if (isApiError(error) && error.status === 401) {
      const key =
        mode === 'passkey' || message.includes('passkey')
          ? 'auth.errors.passkeyFailed'
          : mode === 'totp'
            ? 'auth.errors.wrongCode'
            : 'auth.errors.wrongRecoveryCode';
      form.setProblems({}, [{ key }]);
    } else {
      form.showServerError(error);
    }
  };

  const submit = form.submit((body) => {
    if (mode === 'passkey') return;
    verify.mutate({ challenge: pending.challenge, method: mode, code: body.code }, { onError });
  });

  const answerWithPasskey = async () => {
    form.clearErrors();
    try {
      const assertion = await signWithPasskey(pending.webauthn!);
      verify.mutate({ challenge: pending.challenge, method: 'webauthn', assertion }, { onError });
    } catch (error) {
      if (!passkeyCancelled(error)) form.setProblems({}, [{ key: 'auth.errors.passkeyFailed' }]);
    }
  };

  const switchTo = (next: Mode) => {
    totpForm.reset();
    recovery.reset();
    setMode(next);
  };

  if (expired) {
    return (
      <div className="card stack" role="alert">
        <p>{t('auth.secondFactor.expired')}</p>
        <div>
          <Button onClick={onRestart}>{t('auth.secondFactor.startOver')}</Button>
        </div>
      </div>
    );
  }

  return (
    <section className="card stack" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{t('auth.secondFactor.title')}</h2>
      {mode === 'passkey' ? (
        <>
          <p>{t('auth.secondFactor.passkeyIntro')}</p>
          <FormAlert messages={form.formErrors} />
        </>
      ) : (
        <form id={form.formId} className="form" onSubmit={submit} noValidate>
          <p>{mode === 'totp' ? t('auth.secondFactor.totpIntro') : t('auth.secondFactor.recoveryIntro')}</p>
          <FormAlert messages={form.formErrors} />
          <TextField
            key={mode}
            id={CODE_FIELD_ID}
            label={mode === 'totp' ? t('auth.secondFactor.codeLabel') : t('auth.secondFactor.recoveryLabel')}
            autoComplete={mode === 'totp' ? 'one-time-code' : 'off'}
            inputMode={mode === 'totp' ? 'numeric' : 'text'}
            spellCheck={false}
            {...form.field('code')}
            required
          />
          <div className="form__actions">
            <Button
              type="submit"
              busy={verify.isPending && verify.variables?.method !== 'webauthn'}
              busyLabel={t('auth.secondFactor.submitting')}
            >
              {t('auth.secondFactor.submit')}
            </Button>
          </div>
        </form>
      )}
      {hasPasskey && mode !== 'recovery-code' ? (
        <div className="actions-row">
          <Button
            variant={mode === 'passkey' ? 'primary' : 'secondary'}
            onClick={() => void answerWithPasskey()}
            busy={verify.isPending && verify.variables?.method === 'webauthn'}
            busyLabel={t('auth.secondFactor.usingPasskey')}
          >
            {t('auth.secondFactor.usePasskey')}
          </Button>
        </div>
      ) : null}
      <p className="form-footer">
        {mode !== 'recovery-code' && hasRecovery ? (
          <Button variant="link" onClick={() => switchTo('recovery-code')}>
            {t('auth.secondFactor.useRecoveryCode')}
          </Button>
        ) : null}
        {mode === 'recovery-code' && usual !== 'recovery-code' ? (
          <Button variant="link" onClick={() => switchTo(usual)}>
            {usual === 'totp' ? t('auth.secondFactor.useAuthenticator') : t('auth.secondFactor.usePasskeyInstead')}
          </Button>
        ) : null}
      </p>
    </section>
  );
}
