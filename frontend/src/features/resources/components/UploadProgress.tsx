import { useTranslation } from 'react-i18next';

/** How much of an upload has gone out, while one is under way. */
export function UploadProgress({ progress }: { progress: number | null }) {
  const { t } = useTranslation();
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div className="upload-progress">
      <progress max={100} value={percent} aria-label={t('resources.uploadProgress')} />
      <span role="status" aria-live="polite">
        {t('resources.uploading', { percent })}
      </span>
    </div>
  );
}
