import type { Resource } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ExistingInLanguage } from '../components/ExistingInLanguage';
import { ResourceForm } from '../components/ResourceForm';
import { ResourceNotFound } from '../components/ResourceNotFound';
import { useCreateAdaptation } from '../hooks/useResourceMutations';
import { useResourcePage } from '../hooks/useResourcePage';
import { valuesFromResource, type AdaptationBody } from '../resourceForm';
import '../resources.css';

/** "Adapt this": a new resource, prefilled from its source, with its own file or link and what changed. */
export function AdaptResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { query, notFound } = useResourcePage(id);
  usePageTitle(query.data ? t('resources.adapt.heading', { title: query.data.title }) : t('resources.adapt.title'));

  if (query.isPending) return <LoadingState />;
  if (notFound) return <ResourceNotFound />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.removed) return <ResourceNotFound />;
  return <AdaptForm source={query.data} />;
}

function AdaptForm({ source }: { source: Resource }) {
  const { t } = useTranslation();
  const adapt = useCreateAdaptation(source.id);
  // The source's file or link is not carried over: an adaptation brings its own.
  const initialValues = { ...valuesFromResource(source), source: 'file' as const, url: '', note: '' };
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
        {' / '}
        <Link to={`/resources/${source.id}`}>{source.title}</Link>
      </p>
      <h1>{t('resources.adapt.heading', { title: source.title })}</h1>
      <p className="lead">{t('resources.adapt.intro')}</p>
      <ResourceForm
        idPrefix="adapt-resource"
        initialValues={initialValues}
        adaptation
        submitLabel={t('resources.adapt.submit')}
        busyLabel={t('resources.adapt.submitting')}
        cancelTo={`/resources/${source.id}`}
        busy={adapt.isPending}
        progress={adapt.progress}
        languageCountryHint={<p>{t('resources.adapt.hint')}</p>}
        sourceHint={t('resources.adapt.sourceHint')}
        languageNotice={(language) => <ExistingInLanguage source={source} language={language} />}
        // With `adaptation`, the form validates with the adaptation schema: the body has its note.
        submit={(body, file) => adapt.mutateAsync({ body: body as AdaptationBody, file })}
      />
    </div>
  );
}
