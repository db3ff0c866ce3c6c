import {
  GROUP_LIMITS,
  groupTextInputSchema,
  UI_LANGUAGES,
  updateGroupSchema,
  type Group,
  type GroupText,
  type UiLanguage,
} from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField, TextField } from '../../../components/TextField';
import { useCurrentUser } from '../../../lib/currentUser';
import { isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { ArchivedBadge } from '../components/Badges';
import { GroupDetailsFields, GroupNameField } from '../components/GroupDetailsFields';
import { changedFields, type GroupDetails } from '../groupForm';
import { useGroup } from '../hooks/useGroups';
import { useUpdateGroup } from '../hooks/useGroupMutations';
import { canEditGroupTexts, canManageGroups } from '../permissions';

/** The group's texts in the language it was written in (the answer about one group lists it first). */
const originalOf = (group: Group): GroupText =>
  group.texts?.find((text) => text.language === group.originalLanguage) ?? {
    language: group.originalLanguage,
    name: group.name,
    description: group.description,
  };

const detailsOf = (group: Group): GroupDetails => {
  const original = originalOf(group);
  return {
    name: original.name,
    description: original.description,
    joinPolicy: group.joinPolicy,
    visibility: group.visibility,
  };
};

/**
 * Network coordinators and admins change a group's details, and archive or restore it; the group's own
 * coordinators keep its name and description, and their translations.
 */
export function EditGroupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { user } = useCurrentUser();
  const query = useGroup(slug);
  usePageTitle(query.data ? t('groups.manage.editTitle', { group: query.data.name }) : t('groups.list.title'));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const group = query.data;
  if (!canEditGroupTexts(group, user)) return <ForbiddenPage />;
  const manager = canManageGroups(user);
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/groups">{t('groups.list.title')}</Link>
        {' / '}
        <Link to={`/groups/${group.slug}`}>{group.name}</Link>
      </p>
      <h1>
        {t('groups.manage.editTitle', { group: group.name })} <ArchivedBadge group={group} />
      </h1>
      <EditDetailsForm group={group} rules={manager} />
      <Translations group={group} />
      {manager ? <ArchiveSection group={group} /> : null}
      <p>
        <Link to={`/groups/${group.slug}`}>{t('groups.manage.backToGroup')}</Link>
      </p>
    </div>
  );
}

function EditDetailsForm({ group, rules }: { group: Group; rules: boolean }) {
  const { t } = useTranslation();
  const { languageName } = useLocale();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: updateGroupSchema,
    defaultValues: detailsOf(group),
    // Only what changed is sent; nothing changed is the schema's "nothing to change".
    toInput: (values) => changedFields(detailsOf(group), values),
  });
  const update = useUpdateGroup(group.slug);

  const submit = form.submit((body) => {
    update.mutate(body, {
      onSuccess: (next) => {
        form.reset(detailsOf(next));
        setSaved(true);
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <form
      id={form.formId}
      className="form section"
      onSubmit={(event) => {
        setSaved(false);
        void submit(event);
      }}
      onChange={() => setSaved(false)}
      noValidate
      aria-labelledby="edit-group-details"
    >
      <h2 id="edit-group-details">{t('groups.manage.detailsTitle')}</h2>
      <p className="muted">{t('groups.manage.originalIn', { language: languageName(group.originalLanguage) })}</p>
      <FormAlert messages={form.formErrors} />
      <GroupNameField id="edit-group-name" registration={form.register('name')} error={form.fieldError('name')} />
      <GroupDetailsFields idPrefix="edit-group" form={form} rules={rules} />
      <StatusMessage message={saved ? t('groups.manage.saved') : null} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('groups.manage.save')}
        </Button>
      </div>
    </form>
  );
}

/** The group's name and description in each language other than its original one. */
function Translations({ group }: { group: Group }) {
  const { t } = useTranslation();
  const { languageName } = useLocale();
  return (
    <section className="section" aria-labelledby="edit-group-texts">
      <h2 id="edit-group-texts">{t('groups.manage.textsTitle')}</h2>
      <p>{t('groups.manage.textsIntro', { language: languageName(group.originalLanguage) })}</p>
      {UI_LANGUAGES.filter((language) => language !== group.originalLanguage).map((language) => (
        <TranslationForm key={language} group={group} language={language} />
      ))}
    </section>
  );
}

function TranslationForm({ group, language }: { group: Group; language: UiLanguage }) {
  const { t } = useTranslation();
  const { languageName } = useLocale();
  const current = group.texts?.find((text) => text.language === language);
  const valuesOf = (text: GroupText | undefined) => ({ name: text?.name ?? '', description: text?.description ?? '' });
  const form = useSchemaForm({ schema: groupTextInputSchema, defaultValues: valuesOf(current) });
  const update = useUpdateGroup(group.slug);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const name = languageName(language);
  const prefix = `edit-group-${language}`;

  const submit = form.submit((text) => {
    setDone(null);
    update.mutate(
      { texts: { [language]: text } },
      {
        onSuccess: (next) => {
          form.reset(valuesOf(next.texts?.find((item) => item.language === language)));
          setDone(t('groups.manage.textSaved'));
        },
        onError: (error) => form.showServerError(error),
      },
    );
  });

  return (
    <form id={form.formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="group-texts__language" lang={language}>
        <legend>{t('groups.manage.textsLegend', { language: name })}</legend>
        <FormAlert messages={form.formErrors} />
        <TextField
          id={`${prefix}-name`}
          label={t('groups.manage.textName', { language: name })}
          {...form.field('name')}
        />
        <TextAreaField
          id={`${prefix}-description`}
          label={t('groups.manage.textDescription', { language: name })}
          hint={t('groups.manage.descriptionHint', { max: GROUP_LIMITS.descriptionMax })}
          {...form.field('description')}
          rows={4}
        />
        <StatusMessage message={done} />
        <div className="form__actions">
          <Button type="submit" busy={update.isPending && !removing} busyLabel={t('common.saving')}>
            {t('groups.manage.textSave')}
          </Button>
          {current ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDone(null);
                update.reset();
                setRemoving(true);
              }}
            >
              {t('groups.manage.textRemove')}
            </Button>
          ) : null}
        </div>
      </fieldset>
      {removing ? (
        <ConfirmDialog
          title={t('groups.manage.textRemoveTitle', { language: name })}
          confirmLabel={t('groups.manage.textRemoveConfirm')}
          busyLabel={t('common.saving')}
          danger
          busy={update.isPending}
          errors={update.isError ? [errorMessage(update.error)] : []}
          onConfirm={() =>
            update.mutate(
              { texts: { [language]: null } },
              {
                onSuccess: () => {
                  form.reset(valuesOf(undefined));
                  setRemoving(false);
                  setDone(t('groups.manage.textRemoved'));
                },
              },
            )
          }
          onCancel={() => setRemoving(false)}
        >
          <p>{t('groups.manage.textRemoveText', { language: name, original: languageName(group.originalLanguage) })}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** Archiving makes a group read-only; restoring opens it again. Both ask for confirmation first. */
function ArchiveSection({ group }: { group: Group }) {
  const { t } = useTranslation();
  const update = useUpdateGroup(group.slug);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const archiving = !group.archived;

  return (
    <section className="section" aria-labelledby="edit-group-archive">
      <h2 id="edit-group-archive">{t('groups.manage.archiveTitle')}</h2>
      <p>{archiving ? t('groups.manage.archiveText') : t('groups.manage.restoreText')}</p>
      <StatusMessage message={done} />
      <Button
        variant={archiving ? 'danger' : 'secondary'}
        onClick={() => {
          setDone(null);
          update.reset();
          setConfirming(true);
        }}
      >
        {archiving ? t('groups.manage.archive') : t('groups.manage.restore')}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={
            archiving
              ? t('groups.manage.archiveDialogTitle', { group: group.name })
              : t('groups.manage.restoreDialogTitle', { group: group.name })
          }
          confirmLabel={archiving ? t('groups.manage.archiveConfirm') : t('groups.manage.restoreConfirm')}
          busyLabel={t('common.saving')}
          danger={archiving}
          busy={update.isPending}
          errors={update.isError ? [errorMessage(update.error)] : []}
          onConfirm={() =>
            update.mutate(
              { archived: archiving },
              {
                onSuccess: () => {
                  setDone(
                    archiving
                      ? t('groups.manage.archiveDone', { group: group.name })
                      : t('groups.manage.restoreDone', { group: group.name }),
                  );
                  setConfirming(false);
                },
              },
            )
          }
          onCancel={() => setConfirming(false)}
        >
          <p>{archiving ? t('groups.manage.archiveText') : t('groups.manage.restoreDialogText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
