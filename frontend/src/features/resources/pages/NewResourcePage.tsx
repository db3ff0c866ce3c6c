import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ResourceForm } from '../components/ResourceForm';
import { useCreateResource } from '../hooks/useResourceMutations';
import { EMPTY_RESOURCE_VALUES } from '../resourceForm';
import '../resources.css';

/** An active member shares a file or a link with one group, all members, or everyone. */
export function NewResourcePage() {
  const { t } = useTranslation();
  usePageTitle(t('resources.new.title'));
  const create = useCreateResource();
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
      </p>
      <h1>{t('resources.new.title')}</h1>
      <p className="lead">{t('resources.new.intro')}</p>
      <ResourceForm
        idPrefix="new-resource"
        initialValues={EMPTY_RESOURCE_VALUES}
        adaptation={false}
        submitLabel={t('resources.new.submit')}
        busyLabel={t('resources.new.submitting')}
        cancelTo="/resources"
        busy={create.isPending}
        progress={create.progress}
        submit={(body, file) => create.mutateAsync({ body, file })}
      />
    </div>
  );
}
