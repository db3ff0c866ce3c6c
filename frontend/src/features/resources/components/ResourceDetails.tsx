import type { Resource } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';

/** What the resource is, where from, for whom, under what licence, who shared it and who may see it. */
export function ResourceDetails({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const { languageName, countryName, formatDate } = useLocale();
  return (
    <dl className="resource-details">
      <dt>{t('resources.page.type')}</dt>
      <dd>{t(`resources.types.${resource.type}`)}</dd>
      <dt>{t('resources.page.language')}</dt>
      <dd>{languageName(resource.language)}</dd>
      <dt>{t('resources.page.country')}</dt>
      <dd>{countryName(resource.country)}</dd>
      <dt>{t('resources.page.audience')}</dt>
      <dd>{t(`resources.audiences.${resource.audience}`)}</dd>
      <dt>{t('resources.page.licence')}</dt>
      <dd>{t(`resources.licences.${resource.licence}`)}</dd>
      <dt>{t('resources.page.scope')}</dt>
      <dd>
        {resource.scope === 'group' && resource.group ? (
          <>
            <Link to={`/groups/${resource.group.slug}`}>{resource.group.name}</Link>{' '}
            <span className="muted">({t('resources.scopeLabels.group')})</span>
          </>
        ) : (
          t(`resources.scopeLabels.${resource.scope}`)
        )}
      </dd>
      <dt>{t('resources.page.sharedBy')}</dt>
      <dd>{resource.author?.displayName ?? t('resources.formerMember')}</dd>
      <dt>{t('resources.page.sharedOn')}</dt>
      <dd>
        <time dateTime={resource.createdAt}>{formatDate(resource.createdAt)}</time>
      </dd>
      {resource.tags.length > 0 ? (
        <>
          <dt>{t('resources.page.tags')}</dt>
          <dd>
            <ul className="chips">
              {resource.tags.map((tag) => (
                <li key={tag} className="chip chip--static">
                  <Link to={`/resources?q=${encodeURIComponent(tag)}`}>{tag}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
