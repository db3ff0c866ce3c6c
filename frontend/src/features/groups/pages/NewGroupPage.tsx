import { createGroupSchema, GROUP_KINDS, type GroupKind } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useZodForm } from '../../../lib/useZodForm';
import { GroupDetailsFields, GroupNameField } from '../components/GroupDetailsFields';
import { suggestSlug, type GroupDetails } from '../groupForm';
import { useCreateGroup } from '../hooks/useGroupMutations';

const FIELDS = ['slug', 'name', 'description', 'kind', 'joinPolicy', 'visibility'] as const;

interface NewGroupValues extends GroupDetails {
  slug: string;
  kind: GroupKind | '';
}

const EMPTY: NewGroupValues = {
  slug: '',
  name: '',
  description: '',
  kind: '',
  joinPolicy: 'open',
  visibility: 'members',
};

/** Network coordinators and admins open a working group; its address is suggested from its name. */
export function NewGroupPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.manage.newTitle'));
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY);
  // Until the slug is typed by hand, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useZodForm(createGroupSchema, FIELDS);
  const create = useCreateGroup();

  const change = <K extends keyof NewGroupValues>(field: K, value: NewGroupValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An unchosen kind ('') is left for the schema to refuse.
    const body = form.validate({ ...values, kind: values.kind as GroupKind });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (group) => void navigate(`/groups/${group.slug}`),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) form.setProblems({ slug: { key: 'errors.slugTaken' } });
        else form.showServerError(error);
      },
    });
  };

  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/groups">{t('groups.list.title')}</Link>
      </p>
      <h1>{t('groups.manage.newTitle')}</h1>
      <p className="lead">{t('groups.manage.newIntro')}</p>
      <form id={form.formId} className="form" onSubmit={submit} noValidate>
        <FormAlert messages={form.formErrors} />
        <GroupNameField
          id="new-group-name"
          value={values.name}
          onChange={(name) =>
            setValues((current) => ({ ...current, name, slug: slugEdited ? current.slug : suggestSlug(name) }))
          }
          error={form.fieldErrors.name}
        />
        <TextField
          id="new-group-slug"
          label={t('groups.manage.slug')}
          hint={values.slug ? t('groups.manage.slugHint', { slug: values.slug }) : t('groups.manage.slugHintEmpty')}
          value={values.slug}
          onChange={(slug) => {
            setSlugEdited(slug !== '');
            change('slug', slug);
          }}
          error={form.fieldErrors.slug}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <SelectField
          id="new-group-kind"
          label={t('groups.manage.kind')}
          placeholder={t('groups.manage.kindPlaceholder')}
          options={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groups.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => change('kind', kind as GroupKind)}
          error={form.fieldErrors.kind}
          required
        />
        <GroupDetailsFields
          idPrefix="new-group"
          values={values}
          errors={form.fieldErrors}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        />
        <FormActions
          submitLabel={t('groups.manage.create')}
          busy={create.isPending}
          busyLabel={t('groups.manage.creating')}
          cancelTo="/groups"
        />
      </form>
    </div>
  );
}
