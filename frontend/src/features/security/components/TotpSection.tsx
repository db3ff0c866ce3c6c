import { confirmTotpSchema, type SecondFactorStatus, type TotpEnrolment, type User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useBeginTotp, useConfirmTotp, useRemoveTotp } from '../hooks/useSecurity';
import { PasswordDialog } from './PasswordDialog';
import { QrCode } from './QrCode';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

/** The authenticator app: set up (QR code or key, then a code), or removed with the password. */
export function TotpSection({ user, status }: { user: User; status: SecondFactorStatus }) {
  const { t } = useTranslation();
  const begin = useBeginTotp();
  const confirm = useConfirmTotp();
  const remove = useRemoveTotp();
  const form = useSchemaForm({ schema: confirmTotpSchema, defaultValues: { code: '' } });
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const start = () => {
    setNotice(null);
    begin.mutate(undefined, {
      onSuccess: (started) => {
        setEnrolment(started);
        form.reset();
      },
      onError: (error) => form.showServerError(error),
    });
  };

  const submit = form.submit((body) => {
    confirm.mutate(body, {
      onSuccess: ({ recoveryCodes }) => {
        setEnrolment(null);
        setCodes(recoveryCodes);
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 400) form.setProblems({ code: { key: 'security.errors.wrongCode' } });
        else form.showServerError(error);
      },
    });
  });

  return (
    <section className="section stack" aria-labelledby="security-totp-title">
      <h2 id="security-totp-title">{t('security.totp.title')}</h2>
      <p>{t('security.totp.intro')}</p>
      <StatusMessage message={notice} />
      {codes ? (
        <RecoveryCodesPanel codes={codes} email={user.email} onDone={() => setCodes(null)} />
      ) : status.totp ? (
        <>
          <p className="security-state security-state--on">{t('security.totp.enrolled')}</p>
          <div>
            <Button variant="secondary" onClick={() => setRemoving(true)}>
              {t('security.totp.remove')}
            </Button>
          </div>
        </>
      ) : enrolment ? (
        <form id={form.formId} className="form totp-setup" onSubmit={submit} noValidate>
          <FormAlert messages={form.formErrors} />
          <p>{t('security.totp.scan')}</p>
          <QrCode value={enrolment.otpauthUrl} alt={t('security.totp.qrAlt')} />
          <p>{t('security.totp.manual')}</p>
          <p>
            <code className="totp-setup__secret" aria-label={t('security.totp.manualLabel')}>
              {enrolment.secret.match(/.{1,4}/g)?.join(' ')}
            </code>
          </p>
          <p>{t('security.totp.confirmStep')}</p>
          <TextField
            id="totp-code"
            label={t('security.totp.codeLabel')}
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            {...form.field('code')}
            required
          />
          <div className="form__actions">
            <Button type="submit" busy={confirm.isPending} busyLabel={t('security.totp.confirming')}>
              {t('security.totp.confirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                form.clearErrors();
                setEnrolment(null);
              }}
            >
              {t('security.totp.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <FormAlert messages={form.formErrors} />
          <div>
            <Button onClick={start} busy={begin.isPending} busyLabel={t('security.totp.starting')}>
              {t('security.totp.start')}
            </Button>
          </div>
        </>
      )}
      {removing ? (
        <PasswordDialog
          title={t('security.totp.removeTitle')}
          confirmLabel={t('security.totp.removeConfirm')}
          busyLabel={t('security.totp.removing')}
          busy={remove.isPending}
          error={remove.error}
          danger
          onConfirm={(password) =>
            remove.mutate(
              { password },
              {
                onSuccess: () => {
                  setRemoving(false);
                  setNotice(t('security.totp.removed'));
                },
              },
            )
          }
          onCancel={() => {
            remove.reset();
            setRemoving(false);
          }}
        >
          <p>{t('security.totp.removeText')}</p>
        </PasswordDialog>
      ) : null}
    </section>
  );
}
