import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { downloadUrl } from '../api';
import { useResourceVersions } from '../hooks/useResources';
import { formatFileSize } from '../resourceForm';

/** Every file the resource has had, newest first as the API lists them; each one can still be downloaded. */
export function VersionList({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation();
  const { locale, formatDateTime } = useLocale();
  const query = useResourceVersions(resourceId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return <EmptyState title={t('resources.versions.empty')} headingLevel={3} />;
  }
  return (
    <ol className="version-list" reversed>
      {[...query.data]
        .sort((a, b) => b.version - a.version)
        .map((version) => (
          <li key={version.version} className="version-list__item">
            <p className="version-list__title">
              <strong>{t('resources.versions.version', { version: version.version })}</strong>
              {version.current ? <span className="badge badge--active">{t('resources.versions.current')}</span> : null}
            </p>
            <p className="muted">
              {t('resources.versions.uploaded', {
                date: formatDateTime(version.uploadedAt),
                name: version.uploadedBy?.displayName ?? t('resources.formerMember'),
              })}
              {' · '}
              {t('resources.page.fileInfo', {
                name: version.file.name,
                size: formatFileSize(version.file.size, locale),
              })}
            </p>
            {version.note ? <p className="pre-line">{version.note}</p> : null}
            <p>
              <a href={downloadUrl(resourceId, { version: version.version })} download={version.file.name}>
                {t('resources.versions.download', { version: version.version })}
              </a>
            </p>
          </li>
        ))}
    </ol>
  );
}
