import type { Resource } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';

/** One resource in the library: what it is, in what language, from where, and how often it was adapted. */
export function ResourceCard({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const { languageName, countryName } = useLocale();
  return (
    <li className="card resource-card">
      <h3 className="card__title resource-card__title">
        <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
      </h3>
      <ul className="meta-list">
        <li>{t(`resources.types.${resource.type}`)}</li>
        <li>{languageName(resource.language)}</li>
        <li>{countryName(resource.country)}</li>
        {resource.url ? <li>{t('resources.list.link')}</li> : null}
      </ul>
      <p className="resource-card__summary">{resource.summary}</p>
      {resource.adaptedFrom ? (
        <p className="muted">{t('resources.list.adaptationOf', { title: resource.adaptedFrom.title })}</p>
      ) : null}
      <p className="resource-card__adaptations">
        <span className={resource.adaptationCount > 0 ? 'badge badge--active' : 'badge'}>
          {t('resources.list.adaptations', { count: resource.adaptationCount })}
        </span>
      </p>
    </li>
  );
}
