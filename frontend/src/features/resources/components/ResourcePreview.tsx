import { PREVIEWABLE_MEDIA_TYPES, type Resource } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../api';

/**
 * The file shown in the page: a PDF in the browser's own viewer, an image as it is. Other files are only
 * downloaded. The address carries the file's version, so that a new version is not hidden by the cache.
 */
export function ResourcePreview({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const file = resource.file;
  if (!file) return null;
  if (!PREVIEWABLE_MEDIA_TYPES.includes(file.mediaType)) {
    return <p className="muted">{t('resources.page.noPreview')}</p>;
  }
  const src = downloadUrl(resource.id, { inline: true, version: file.version });
  const title = t('resources.page.previewOf', { title: resource.title });
  if (file.mediaType === 'application/pdf') {
    return (
      <object className="resource-preview resource-preview--pdf" data={src} type="application/pdf" aria-label={title}>
        <p>{t('resources.page.pdfFallback')}</p>
      </object>
    );
  }
  return <img className="resource-preview resource-preview--image" src={src} alt={title} />;
}
