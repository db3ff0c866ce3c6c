import { updateResourceSchema, type Resource } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { ResourceFields } from '../components/ResourceFields';
import { ResourceNotFound } from '../components/ResourceNotFound';
import { ScopeFields } from '../components/ScopeFields';
import { useUpdateResource } from '../hooks/useResourceMutations';
import { useResourcePage } from '../hooks/useResourcePage';
import { changedResourceFields, valuesFromResource } from '../resourceForm';
import '../resources.css';

/** The author changes what a resource says about itself; the file changes through a new version. */
export function EditResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { query, notFound } = useResourcePage(id);
  usePageTitle(query.data ? t('resources.edit.title', { title: query.data.title }) : t('resources.title'));

  if (query.isPending) return <LoadingState />;
  if (notFound || query.data?.removed) return <ResourceNotFound />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.canEdit) return <ForbiddenPage />;
  return <EditForm resource={query.data} />;
}

function EditForm({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: updateResourceSchema,
    defaultValues: valuesFromResource(resource),
    // Only what changed is sent; nothing changed is the schema's "nothing to change".
    toInput: (values) => changedResourceFields(resource, values),
  });
  const update = useUpdateResource(resource.id);

  const submit = form.submit((body) => {
    update.mutate(body, {
      onSuccess: (updated) => {
        form.reset(valuesFromResource(updated));
        setSaved(true);
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
        {' / '}
        <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
      </p>
      <h1>{t('resources.edit.title', { title: resource.title })}</h1>
      {resource.file ? <p className="lead">{t('resources.edit.intro')}</p> : null}
      <form
        id={form.formId}
        className="form"
        onSubmit={(event) => {
          setSaved(false);
          void submit(event);
        }}
        onChange={() => setSaved(false)}
        noValidate
      >
        <FormAlert messages={form.formErrors} />
        {resource.url !== null ? (
          <TextField
            id="edit-resource-url"
            label={t('resources.fields.url')}
            hint={t('resources.fields.urlHint')}
            {...form.field('url')}
            autoComplete="url"
            spellCheck={false}
            required
          />
        ) : null}
        {resource.adaptedFrom !== null ? (
          <TextAreaField
            id="edit-resource-note"
            label={t('resources.fields.note')}
            hint={t('resources.fields.noteHint')}
            {...form.field('note')}
          />
        ) : null}
        <ResourceFields idPrefix="edit-resource" form={form} />
        <ScopeFields idPrefix="edit-resource" form={form} />
        <FormActions
          submitLabel={t('resources.edit.save')}
          busy={update.isPending}
          busyLabel={t('resources.edit.saving')}
          cancelTo={`/resources/${resource.id}`}
          cancelLabel={t('resources.edit.back')}
        />
        <StatusMessage message={saved ? t('resources.edit.saved') : null} />
      </form>
    </div>
  );
}
