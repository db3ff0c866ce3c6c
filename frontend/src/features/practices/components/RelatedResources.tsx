import type { ResourceSummary } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';

/** Material of the library that goes with the practice (those the reader may see). */
export function RelatedResources({ resources }: { resources: readonly ResourceSummary[] }) {
  const { t } = useTranslation();
  const { languageName } = useLocale();
  const shown = resources.filter((resource) => !resource.removed);
  return (
    <section className="section" id="resources" aria-labelledby="related-title">
      <h2 id="related-title">{t('practices.page.relatedTitle')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t('practices.page.relatedEmpty')}</p>
      ) : (
        <ul className="link-list">
          {shown.map((resource) => (
            <li key={resource.id}>
              <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
              {resource.language ? <span className="muted"> · {languageName(resource.language)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
