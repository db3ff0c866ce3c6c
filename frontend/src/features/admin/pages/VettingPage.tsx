import type { User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { FormAlert } from '../../../components/FormAlert';
import { errorMessage } from '../../../lib/messages';
import { usePageTitle } from '../../../lib/usePageTitle';
import { ApplicantCard } from '../components/ApplicantCard';
import { ReasonDialog } from '../components/ReasonDialog';
import { useUserList } from '../hooks/useAdminLists';
import { useApproveUser, useRejectUser } from '../hooks/useAdminMutations';

const PENDING = { status: 'pending' } as const;

/** The queue of applications: approve, or reject with an optional reason. */
export function VettingPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.vetting.title'));
  const list = useUserList(PENDING);
  const approve = useApproveUser();
  const reject = useRejectUser();
  const [rejecting, setRejecting] = useState<User | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onApprove = (user: User) => {
    setDone(null);
    approve.mutate(user.id, { onSuccess: () => setDone(t('admin.vetting.approved', { name: user.displayName })) });
  };

  const onReject = (reason: string | undefined) => {
    if (!rejecting) return;
    const user = rejecting;
    reject.mutate(
      { id: user.id, body: reason ? { reason } : {} },
      {
        onSuccess: () => {
          setRejecting(null);
          setDone(t('admin.vetting.rejected', { name: user.displayName }));
        },
      },
    );
  };

  return (
    <div className="page">
      <h1>{t('admin.vetting.title')}</h1>
      <p className="lead">{t('admin.vetting.intro')}</p>
      <StatusMessage message={done} />
      <FormAlert messages={approve.isError ? [errorMessage(approve.error)] : []} />

      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('admin.vetting.emptyTitle')}>
            <p>{t('admin.vetting.emptyText')}</p>
          </EmptyState>
        }
        className="stack"
        label={t('admin.vetting.listLabel')}
      >
        {(user) => (
          <li key={user.id}>
            <ApplicantCard
              user={user}
              approving={approve.isPending && approve.variables === user.id}
              disabled={approve.isPending || reject.isPending}
              onApprove={() => onApprove(user)}
              onReject={() => {
                setDone(null);
                reject.reset();
                setRejecting(user);
              }}
            />
          </li>
        )}
      </PagedResults>

      {rejecting ? (
        <ReasonDialog
          title={t('admin.vetting.rejectTitle', { name: rejecting.displayName })}
          confirmLabel={t('admin.vetting.rejectConfirm')}
          busyLabel={t('admin.vetting.rejecting')}
          danger
          busy={reject.isPending}
          errors={reject.isError ? [errorMessage(reject.error)] : []}
          onConfirm={onReject}
          onCancel={() => setRejecting(null)}
        >
          <p>{t('admin.vetting.rejectText', { name: rejecting.displayName, email: rejecting.email })}</p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}
