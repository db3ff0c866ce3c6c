import { updateResourceSchema, type Resource } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useZodForm } from '../../../lib/useZodForm';
import { ResourceFields } from '../components/ResourceFields';
import { ResourceNotFound } from '../components/ResourceNotFound';
import { ScopeFields } from '../components/ScopeFields';
import { useUpdateResource } from '../hooks/useResourceMutations';
import { useResourcePage } from '../hooks/useResourcePage';
import {
  RESOURCE_EDIT_FIELDS,
  changedResourceFields,
  valuesFromResource,
  type ResourceFormValues,
} from '../resourceForm';
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
  const [values, setValues] = useState(() => valuesFromResource(resource));
  const [saved, setSaved] = useState(false);
  const form = useZodForm(updateResourceSchema, RESOURCE_EDIT_FIELDS);
  const update = useUpdateResource(resource.id);

  const change = <K extends keyof ResourceFormValues>(field: K, value: ResourceFormValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    // Only what changed is sent; nothing changed is the schema's "nothing to change".
    const body = form.validate(changedResourceFields(resource, values));
    if (!body) return;
    update.mutate(body, {
      onSuccess: (updated) => {
        setValues(valuesFromResource(updated));
        setSaved(true);
      },
      onError: (error) => form.showServerError(error),
    });
  };

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
        {' / '}
        <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
      </p>
      <h1>{t('resources.edit.title', { title: resource.title })}</h1>
      {resource.file ? <p className="lead">{t('resources.edit.intro')}</p> : null}
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        {resource.url !== null ? (
          <TextField
            id="edit-resource-url"
            label={t('resources.fields.url')}
            hint={t('resources.fields.urlHint')}
            value={values.url}
            onChange={(url) => change('url', url)}
            error={form.fieldErrors.url}
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
            value={values.note}
            onChange={(note) => change('note', note)}
            error={form.fieldErrors.note}
          />
        ) : null}
        <ResourceFields idPrefix="edit-resource" values={values} errors={form.fieldErrors} onChange={change} />
        <ScopeFields
          idPrefix="edit-resource"
          scope={values.scope}
          groupSlug={values.groupSlug}
          errors={form.fieldErrors}
          onScopeChange={(scope) => change('scope', scope)}
          onGroupChange={(slug) => change('groupSlug', slug)}
        />
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
