import type { Resource, User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { downloadUrl } from '../api';
import { FamilyTree } from '../components/FamilyTree';
import { NewVersionForm } from '../components/NewVersionForm';
import { RemoveResource } from '../components/RemoveResource';
import { ResourceDetails } from '../components/ResourceDetails';
import { ResourceNotFound } from '../components/ResourceNotFound';
import { ResourcePreview } from '../components/ResourcePreview';
import { VersionList } from '../components/VersionList';
import { useResourcePage } from '../hooks/useResourcePage';
import { formatFileSize } from '../resourceForm';
import '../resources.css';

/** One resource: what it is, its file (preview, download, versions), its family of adaptations, and actions. */
export function ResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const { query, notFound } = useResourcePage(id);
  usePageTitle(query.data?.title ?? t('resources.title'));

  if (query.isPending) return <LoadingState />;
  if (notFound) return <ResourceNotFound />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <ResourceView resource={query.data} user={user} />;
}

function ResourceView({ resource, user }: { resource: Resource; user: User | null }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const member = isActive(user);
  return (
    <div className="page resource-page">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
      </p>
      <header className="resource-page__header">
        <h1>{resource.title}</h1>
        <ul className="meta-list">
          <li>{t(`resources.types.${resource.type}`)}</li>
          {resource.group ? (
            <li>
              <Link to={`/groups/${resource.group.slug}`}>
                {t('resources.page.discussIn', { group: resource.group.name })}
              </Link>
            </li>
          ) : null}
        </ul>
      </header>
      {resource.removed ? (
        <div className="alert alert--info">
          <p>{t('resources.page.removedNote')}</p>
        </div>
      ) : null}

      <p className="pre-line lead">{resource.summary}</p>
      {resource.adaptedFrom ? (
        <div className="card resource-page__source">
          <p>
            {t('resources.page.adaptedFrom')}{' '}
            {resource.adaptedFrom.removed ? (
              <span>{resource.adaptedFrom.title}</span>
            ) : (
              <Link to={`/resources/${resource.adaptedFrom.id}`}>{resource.adaptedFrom.title}</Link>
            )}
          </p>
          {resource.note ? (
            <p>
              <strong>{t('resources.page.whatChanged')}:</strong> <span className="pre-line">{resource.note}</span>
            </p>
          ) : null}
        </div>
      ) : null}

      {!resource.removed ? (
        <div className="actions-row" role="group" aria-label={t('resources.page.actionsLabel')}>
          {resource.file ? (
            <a className="button button--primary" href={downloadUrl(resource.id)} download={resource.file.name}>
              {t('resources.page.download')}
            </a>
          ) : null}
          {resource.url ? (
            <a className="button button--primary" href={resource.url} target="_blank" rel="noopener noreferrer">
              {t('resources.page.openLink')}
            </a>
          ) : null}
          {member ? (
            <Link className="button button--secondary" to={`/resources/${resource.id}/adapt`}>
              {t('resources.page.adapt')}
            </Link>
          ) : null}
          {resource.canEdit ? (
            <Link className="button button--secondary" to={`/resources/${resource.id}/edit`}>
              {t('resources.page.edit')}
            </Link>
          ) : null}
          {resource.canRemove ? <RemoveResource resource={resource} /> : null}
        </div>
      ) : null}
      {resource.file && !resource.removed ? (
        <p className="muted">
          {t('resources.page.fileInfo', { name: resource.file.name, size: formatFileSize(resource.file.size, locale) })}
        </p>
      ) : null}
      {resource.url && !resource.removed ? (
        <p className="muted">
          {t('resources.page.linkNote')} <span className="break-all">{resource.url}</span>
        </p>
      ) : null}

      <div className="resource-page__columns">
        <section className="section" aria-labelledby="resource-details">
          <h2 id="resource-details">{t('resources.page.details')}</h2>
          <ResourceDetails resource={resource} />
        </section>
        {resource.file && !resource.removed ? (
          <section className="section resource-page__preview" aria-labelledby="resource-preview">
            <h2 id="resource-preview">{t('resources.page.preview')}</h2>
            <ResourcePreview resource={resource} />
          </section>
        ) : null}
      </div>

      <section className="section" aria-labelledby="resource-family">
        <h2 id="resource-family">{t('resources.family.title')}</h2>
        <p className="muted">{t('resources.family.intro')}</p>
        <FamilyTree resourceId={resource.id} headingId="resource-family" user={member ? user : null} />
      </section>

      <section className="section" aria-labelledby="resource-versions">
        <h2 id="resource-versions">{t('resources.versions.title')}</h2>
        {resource.file ? (
          <>
            {resource.canEdit && !resource.removed ? <NewVersionForm resourceId={resource.id} /> : null}
            <VersionList resourceId={resource.id} />
          </>
        ) : (
          <p className="muted">{t('resources.versions.linkNote')}</p>
        )}
      </section>
    </div>
  );
}
