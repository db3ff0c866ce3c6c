import type { GroupMember } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { useMemberList } from '../hooks/useGroups';
import { useApproveMember, useRemoveMember } from '../hooks/useGroupMutations';

const NO_FILTERS = {};

/** Requests to join, with the message each applicant wrote: approve, or decline after confirming. */
export function JoinRequests({ slug, groupName }: { slug: string; groupName: string }) {
  const { t } = useTranslation();
  const { formatDate, countryName } = useLocale();
  const list = useMemberList(slug, 'pending', NO_FILTERS, true);
  const approve = useApproveMember(slug);
  const decline = useRemoveMember(slug);
  const [declining, setDeclining] = useState<GroupMember | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onApprove = (member: GroupMember) => {
    setDone(null);
    approve.mutate(member.userId, {
      onSuccess: () => setDone(t('groups.requests.approved', { name: member.displayName, group: groupName })),
    });
  };

  return (
    <>
      <StatusMessage message={done} />
      <FormAlert messages={approve.isError ? [errorMessage(approve.error)] : []} />
      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('groups.requests.emptyTitle')} headingLevel={3}>
            <p>{t('groups.requests.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(members) => (
          <>
            <ul className="stack">
              {members.map((member) => (
                <li key={member.userId} className="card request">
                  <h4 className="request__name">{member.displayName}</h4>
                  <p className="muted">
                    {t(`professions.${member.profession}`)} · {countryName(member.country)}
                    {member.organisation ? ` · ${member.organisation}` : ''} ·{' '}
                    {t('groups.requests.askedOn', { date: formatDate(member.since) })}
                  </p>
                  {member.requestMessage ? (
                    <blockquote className="quote">
                      <p className="pre-line">{member.requestMessage}</p>
                    </blockquote>
                  ) : (
                    <p className="muted">{t('groups.requests.noMessage')}</p>
                  )}
                  <div className="actions-row">
                    <Button
                      onClick={() => onApprove(member)}
                      busy={approve.isPending && approve.variables === member.userId}
                      busyLabel={t('groups.requests.approving')}
                      disabled={approve.isPending || decline.isPending}
                    >
                      {t('groups.requests.approve')}
                      <span className="visually-hidden"> {member.displayName}</span>
                    </Button>
                    <Button
                      variant="danger"
                      disabled={approve.isPending || decline.isPending}
                      onClick={() => {
                        setDone(null);
                        decline.reset();
                        setDeclining(member);
                      }}
                    >
                      {t('groups.requests.decline')}
                      <span className="visually-hidden"> {member.displayName}</span>
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      />
      {declining ? (
        <ConfirmDialog
          title={t('groups.requests.declineTitle', { name: declining.displayName })}
          confirmLabel={t('groups.requests.declineConfirm')}
          busyLabel={t('common.saving')}
          danger
          busy={decline.isPending}
          errors={decline.isError ? [errorMessage(decline.error)] : []}
          onConfirm={() =>
            decline.mutate(declining.userId, {
              onSuccess: () => {
                setDone(t('groups.requests.declined', { name: declining.displayName }));
                setDeclining(null);
              },
            })
          }
          onCancel={() => setDeclining(null)}
        >
          <p>{t('groups.requests.declineText', { name: declining.displayName, group: groupName })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
