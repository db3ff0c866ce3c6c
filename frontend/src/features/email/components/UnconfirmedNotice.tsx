import type { User } from '@pn/shared';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/States';
import { resendConfirmation } from '../api';

/** "Confirm your address", with a button that sends the link again; nothing when no link is waiting. */
export function UnconfirmedNotice({ user }: { user: User }) {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: resendConfirmation });
  // A new address waiting, or an applicant's own: the links that were sent. (Accounts from before address
  // confirmation existed were never sent one.)
  const address = user.pendingEmail ?? (!user.emailConfirmed && user.status === 'pending' ? user.email : null);
  if (!address) return null;
  return (
    <section className="card email-notice" aria-labelledby="unconfirmed-title">
      <h2 id="unconfirmed-title">{t('email.unconfirmed.title')}</h2>
      <p>
        {user.pendingEmail
          ? t('email.unconfirmed.pendingChange', { email: address })
          : t('email.unconfirmed.text', { email: address })}
      </p>
      {resend.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('email.unconfirmed.sent', { email: address })}
        </p>
      ) : (
        <Button
          variant="secondary"
          onClick={() => resend.mutate()}
          busy={resend.isPending}
          busyLabel={t('email.unconfirmed.resending')}
        >
          {t('email.unconfirmed.resend')}
        </Button>
      )}
      {resend.isError ? <ErrorState error={resend.error} /> : null}
    </section>
  );
}
