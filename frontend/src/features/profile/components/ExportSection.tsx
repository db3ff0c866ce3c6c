import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { EXPORT_FILE_NAME } from '../api';
import { useExportAccount } from '../hooks/useProfileMutations';

/** Download of all one's own data as JSON (the right of access and portability). */
export function ExportSection() {
  const { t } = useTranslation();
  const exportAccount = useExportAccount();
  return (
    <section className="section" aria-labelledby="profile-export-title">
      <h2 id="profile-export-title">{t('profile.export.title')}</h2>
      <p>{t('profile.export.text', { file: EXPORT_FILE_NAME })}</p>
      <FormAlert messages={exportAccount.isError ? [errorMessage(exportAccount.error)] : []} />
      <StatusMessage message={exportAccount.isSuccess ? t('profile.export.done') : null} />
      <Button
        variant="secondary"
        onClick={() => exportAccount.mutate()}
        busy={exportAccount.isPending}
        busyLabel={t('profile.export.preparing')}
      >
        {t('profile.export.button')}
      </Button>
    </section>
  );
}
