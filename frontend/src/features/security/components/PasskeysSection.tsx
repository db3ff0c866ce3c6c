import { SECURITY_LIMITS, type Passkey, type User } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextField } from '../../../components/TextField';
import type { Message } from '../../../i18n/types';
import { isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { passkeyCancelled, passkeysSupported } from '../../../lib/webauthn';
import { deviceOf } from '../device';
import { useAddPasskey, usePasskeys, useRemovePasskey } from '../hooks/useSecurity';
import { PasswordDialog } from './PasswordDialog';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

const NAME_FIELD_ID = 'passkey-name';

/** A name to start from: the browser and system the passkey is made on. */
function suggestedName(): string {
  const { browser, os } = deviceOf(typeof navigator === 'undefined' ? null : navigator.userAgent);
  return [browser, os].filter(Boolean).join(', ').slice(0, SECURITY_LIMITS.passkeyNameMax);
}

/** The person's passkeys: named, listed with when they were used, added with the browser, removed with the password. */
export function PasskeysSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState(suggestedName);
  const [nameError, setNameError] = useState<Message | undefined>();
  const [problem, setProblem] = useState<Message | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const supported = passkeysSupported();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const trimmed = name.trim();
    setProblem(null);
    if (!trimmed) {
      setNameError({ key: 'validation.required' });
      document.getElementById(NAME_FIELD_ID)?.focus();
      return;
    }
    setNameError(undefined);
    add.mutate(trimmed, {
      onSuccess: ({ passkey, recoveryCodes }) => {
        setNotice(t('security.passkeys.addedStatus', { name: passkey.name }));
        if (recoveryCodes) setCodes(recoveryCodes);
      },
      onError: (error) => {
        if (passkeyCancelled(error)) return;
        const already = isApiError(error) && error.messages.some((message) => message.includes('already registered'));
        setProblem(
          already
            ? { key: 'security.errors.alreadyRegistered' }
            : isApiError(error) && error.status !== 400
              ? errorMessage(error)
              : { key: 'security.errors.passkeyFailed' },
        );
      },
    });
  };

  return (
    <section className="section stack" aria-labelledby="security-passkeys-title">
      <h2 id="security-passkeys-title">{t('security.passkeys.title')}</h2>
      <p>{t('security.passkeys.intro')}</p>
      <StatusMessage message={notice} />
      {codes ? <RecoveryCodesPanel codes={codes} email={user.email} onDone={() => setCodes(null)} /> : null}
      {passkeys.isPending ? (
        <LoadingState />
      ) : passkeys.error ? (
        <ErrorState error={passkeys.error} onRetry={() => void passkeys.refetch()} />
      ) : passkeys.data.length === 0 ? (
        <p className="muted">{t('security.passkeys.none')}</p>
      ) : (
        <ul className="security-list" aria-label={t('security.passkeys.listLabel')}>
          {passkeys.data.map((passkey) => (
            <li key={passkey.id} className="security-list__item">
              <div>
                <p className="security-list__name">{passkey.name}</p>
                <p className="muted">
                  {t('security.passkeys.added', { date: formatDate(passkey.createdAt) })},{' '}
                  {passkey.lastUsedAt
                    ? t('security.passkeys.lastUsed', { date: formatDate(passkey.lastUsedAt) })
                    : t('security.passkeys.neverUsed')}
                  {passkey.backedUp ? `, ${t('security.passkeys.synced')}` : ''}
                </p>
              </div>
              <Button variant="secondary" className="button--small" onClick={() => setRemoving(passkey)}>
                {t('security.passkeys.remove', { name: passkey.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {supported ? (
        <form className="form" onSubmit={submit} noValidate>
          <FormAlert messages={problem ? [problem] : []} />
          <TextField
            id={NAME_FIELD_ID}
            label={t('security.passkeys.nameLabel')}
            hint={t('security.passkeys.nameHint')}
            value={name}
            onChange={(value) => {
              setName(value);
              setNameError(undefined);
            }}
            error={nameError}
            required
          />
          <div className="form__actions">
            <Button type="submit" busy={add.isPending} busyLabel={t('security.passkeys.adding')}>
              {t('security.passkeys.add')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="alert alert--info">{t('security.passkeys.unsupported')}</p>
      )}
      {removing ? (
        <PasswordDialog
          title={t('security.passkeys.removeTitle', { name: removing.name })}
          confirmLabel={t('security.passkeys.removeConfirm')}
          busyLabel={t('security.passkeys.removing')}
          busy={remove.isPending}
          error={remove.error}
          danger
          onConfirm={(password) =>
            remove.mutate(
              { id: removing.id, password },
              {
                onSuccess: () => {
                  setRemoving(null);
                  setNotice(t('security.passkeys.removed'));
                },
              },
            )
          }
          onCancel={() => {
            remove.reset();
            setRemoving(null);
          }}
        >
          <p>{t('security.passkeys.removeText')}</p>
        </PasswordDialog>
      ) : null}
    </section>
  );
}
