import type { SecondFactorStatus, User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { useReplaceRecoveryCodes } from '../hooks/useSecurity';
import { PasswordDialog } from './PasswordDialog';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

/** How many recovery codes are left, and new ones (with the password) for when they run out. */
export function RecoveryCodesSection({ user, status }: { user: User; status: SecondFactorStatus }) {
  const { t } = useTranslation();
  const replace = useReplaceRecoveryCodes();
  const [asking, setAsking] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  return (
    <section className="section stack" aria-labelledby="security-recovery-title">
      <h2 id="security-recovery-title">{t('security.recovery.title')}</h2>
      <p>{t('security.recovery.intro')}</p>
      {codes ? (
        <RecoveryCodesPanel codes={codes} email={user.email} onDone={() => setCodes(null)} />
      ) : (
        <>
          <p className={status.recoveryCodesLeft === 0 ? 'alert alert--warning' : undefined}>
            {status.recoveryCodesLeft === 0
              ? t('security.recovery.none')
              : t('security.recovery.left', { count: status.recoveryCodesLeft })}
          </p>
          <div>
            <Button variant="secondary" onClick={() => setAsking(true)}>
              {t('security.recovery.replace')}
            </Button>
          </div>
        </>
      )}
      {asking ? (
        <PasswordDialog
          title={t('security.recovery.replaceTitle')}
          confirmLabel={t('security.recovery.replaceConfirm')}
          busyLabel={t('security.recovery.replacing')}
          busy={replace.isPending}
          error={replace.error}
          onConfirm={(password) =>
            replace.mutate(
              { password },
              {
                onSuccess: ({ recoveryCodes }) => {
                  setAsking(false);
                  setCodes(recoveryCodes);
                },
              },
            )
          }
          onCancel={() => {
            replace.reset();
            setAsking(false);
          }}
        >
          <p>{t('security.recovery.replaceText')}</p>
        </PasswordDialog>
      ) : null}
    </section>
  );
}
