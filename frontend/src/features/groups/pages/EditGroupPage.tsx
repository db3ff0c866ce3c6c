import { updateGroupSchema, type Group } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { isApiError } from '../../../lib/http';
import { errorMessage } from '../../../lib/messages';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { ArchivedBadge } from '../components/Badges';
import { GroupDetailsFields, GroupNameField } from '../components/GroupDetailsFields';
import { changedFields, type GroupDetails } from '../groupForm';
import { useGroup } from '../hooks/useGroups';
import { useUpdateGroup } from '../hooks/useGroupMutations';

const detailsOf = (group: Group): GroupDetails => ({
  name: group.name,
  description: group.description,
  joinPolicy: group.joinPolicy,
  visibility: group.visibility,
});

/** Network coordinators and admins change a group's details, and archive or restore it. */
export function EditGroupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const query = useGroup(slug);
  usePageTitle(query.data ? t('groups.manage.editTitle', { group: query.data.name }) : t('groups.list.title'));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const group = query.data;
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
      <EditDetailsForm group={group} />
      <ArchiveSection group={group} />
      <p>
        <Link to={`/groups/${group.slug}`}>{t('groups.manage.backToGroup')}</Link>
      </p>
    </div>
  );
}

function EditDetailsForm({ group }: { group: Group }) {
  const { t } = useTranslation();
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
      <FormAlert messages={form.formErrors} />
      <GroupNameField id="edit-group-name" registration={form.register('name')} error={form.fieldError('name')} />
      <GroupDetailsFields idPrefix="edit-group" form={form} />
      <StatusMessage message={saved ? t('groups.manage.saved') : null} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('groups.manage.save')}
        </Button>
      </div>
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
