import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage } from '../../../lib/messages';
import { useEndSession } from '../../auth';
import { useEraseAccount } from '../hooks/useProfileMutations';

/** Erasure: the account is anonymised, the content kept, the session ended. Confirmed by typing a word. */
export function EraseSection() {
  const { t } = useTranslation();
  const endSession = useEndSession();
  const erase = useEraseAccount();
  const [confirming, setConfirming] = useState(false);

  const confirm = () =>
    erase.mutate(undefined, {
      onSuccess: () => void endSession('/', { notice: 'accountErased' }),
    });

  return (
    <section className="section section--danger" aria-labelledby="profile-erase-title">
      <h2 id="profile-erase-title">{t('profile.erase.title')}</h2>
      <p>{t('profile.erase.text')}</p>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('profile.erase.button')}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={t('profile.erase.dialogTitle')}
          confirmLabel={t('profile.erase.confirm')}
          busyLabel={t('profile.erase.erasing')}
          confirmWord={t('profile.erase.confirmWord')}
          danger
          busy={erase.isPending}
          errors={erase.isError ? [errorMessage(erase.error)] : []}
          onConfirm={confirm}
          onCancel={() => {
            erase.reset();
            setConfirming(false);
          }}
        >
          <p>{t('profile.erase.dialogText')}</p>
          <ul>
            <li>{t('profile.erase.consequences.anonymised')}</li>
            <li>{t('profile.erase.consequences.content')}</li>
            <li>{t('profile.erase.consequences.signedOut')}</li>
            <li>{t('profile.erase.consequences.final')}</li>
          </ul>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
