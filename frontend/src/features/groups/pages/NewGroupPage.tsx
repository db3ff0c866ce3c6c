import { createGroupSchema, GROUP_KINDS, UI_LANGUAGES, type GroupKind, type UiLanguage } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { isApiError } from '../../../lib/http';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { GroupDetailsFields, GroupNameField } from '../components/GroupDetailsFields';
import { suggestSlug, type GroupDetails } from '../groupForm';
import { useCreateGroup } from '../hooks/useGroupMutations';

interface NewGroupValues extends GroupDetails {
  slug: string;
  kind: GroupKind | '';
  language: UiLanguage;
}

const EMPTY: NewGroupValues = {
  slug: '',
  name: '',
  description: '',
  kind: '',
  joinPolicy: 'open',
  visibility: 'members',
  language: 'en',
};

/** Network coordinators and admins open a working group; its address is suggested from its name. */
export function NewGroupPage() {
  const { t, i18n } = useTranslation();
  const { languageName } = useLocale();
  const shown = i18n.resolvedLanguage ?? i18n.language;
  // A coordinator most likely writes in the language they read the interface in.
  const [language] = useState<UiLanguage>(() =>
    (UI_LANGUAGES as readonly string[]).includes(shown) ? (shown as UiLanguage) : 'en',
  );
  usePageTitle(t('groups.manage.newTitle'));
  const navigate = useNavigate();
  // Until the slug is typed by hand, it follows the name.
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useSchemaForm({
    schema: createGroupSchema,
    defaultValues: { ...EMPTY, language },
    // An unchosen kind ('') is left for the schema to refuse.
    toInput: (values) => ({ ...values, kind: values.kind as GroupKind }),
  });
  const create = useCreateGroup();
  const slug = form.watch('slug');

  const submit = form.submit((body) => {
    create.mutate(body, {
      onSuccess: (group) => void navigate(`/groups/${group.slug}`),
      onError: (error) => {
        if (isApiError(error) && error.status === 409) form.setProblems({ slug: { key: 'errors.slugTaken' } });
        else form.showServerError(error);
      },
    });
  });

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
          registration={form.register('name', {
            onChange: (event: { target: { value: string } }) => {
              if (slugEdited) return;
              form.setValue('slug', suggestSlug(event.target.value), { shouldValidate: form.formState.isSubmitted });
            },
          })}
          error={form.fieldError('name')}
        />
        <TextField
          id="new-group-slug"
          label={t('groups.manage.slug')}
          hint={slug ? t('groups.manage.slugHint', { slug }) : t('groups.manage.slugHintEmpty')}
          registration={form.register('slug', {
            onChange: (event: { target: { value: string } }) => setSlugEdited(event.target.value !== ''),
          })}
          error={form.fieldError('slug')}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <SelectField
          id="new-group-kind"
          label={t('groups.manage.kind')}
          placeholder={t('groups.manage.kindPlaceholder')}
          options={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groups.kinds.${kind}`) }))}
          {...form.field('kind')}
          required
        />
        <GroupDetailsFields idPrefix="new-group" form={form} />
        <SelectField
          id="new-group-language"
          label={t('groups.manage.language')}
          options={UI_LANGUAGES.map((language) => ({ value: language, label: languageName(language) }))}
          {...form.field('language')}
          required
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
