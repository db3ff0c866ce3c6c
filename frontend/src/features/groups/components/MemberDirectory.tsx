import type { GroupMember } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { parseMemberFilters, type MemberFilters } from '../api';
import { useMemberList } from '../hooks/useGroups';
import { useRemoveMember, useSetMemberRole } from '../hooks/useGroupMutations';
import { AddMemberForm } from './AddMemberForm';
import { MemberFiltersForm } from './MemberFiltersForm';

interface MemberDirectoryProps {
  slug: string;
  groupName: string;
  /** The signed-in user's id: no actions on oneself. */
  selfId: string;
  canCoordinate: boolean;
  /** Coordinators of a group that is not archived add people directly. */
  canAddMembers: boolean;
}

/** The group's members, filtered by profession and country; coordinators change roles and remove. */
export function MemberDirectory({ slug, groupName, selfId, canCoordinate, canAddMembers }: MemberDirectoryProps) {
  const { t } = useTranslation();
  const { formatDate, countryName } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseMemberFilters(searchParams);
  const list = useMemberList(slug, 'active', filters, true);
  const setRole = useSetMemberRole(slug);
  const remove = useRemoveMember(slug);
  const [removing, setRemoving] = useState<GroupMember | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const filtered = Boolean(filters.profession || filters.country);

  const applyFilters = (next: MemberFilters) => {
    const params = new URLSearchParams(searchParams);
    params.delete('profession');
    params.delete('country');
    if (next.profession) params.set('profession', next.profession);
    if (next.country) params.set('country', next.country);
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };

  const changeRole = (member: GroupMember) => {
    setDone(null);
    const role = member.role === 'coordinator' ? 'member' : 'coordinator';
    setRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          setDone(
            role === 'coordinator'
              ? t('groups.members.promoted', { name: member.displayName })
              : t('groups.members.demoted', { name: member.displayName }),
          ),
      },
    );
  };

  return (
    <>
      {canAddMembers ? (
        <>
          <AddMemberForm slug={slug} groupName={groupName} />
          <p>
            <Link to={`/invitations?group=${encodeURIComponent(slug)}`}>{t('groups.addMember.inviteByEmail')}</Link>
          </p>
        </>
      ) : null}
      <MemberFiltersForm
        key={`${filters.profession ?? ''}:${filters.country ?? ''}`}
        filters={filters}
        onApply={applyFilters}
      />
      <StatusMessage message={done} />
      <FormAlert messages={setRole.isError ? [errorMessage(setRole.error)] : []} />
      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('groups.members.emptyTitle')} headingLevel={3}>
            <p>{filtered ? t('groups.members.emptyFiltered') : t('groups.members.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(members) => (
          <>
            {/* A region of its own (to scroll it by keyboard), named apart from the section around it. */}
            <div className="table-wrap" role="region" aria-label={t('groups.members.tableLabel')} tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('groups.members.columns.name')}</th>
                    <th scope="col">{t('fields.profession')}</th>
                    <th scope="col">{t('fields.country')}</th>
                    <th scope="col">{t('groups.members.columns.role')}</th>
                    <th scope="col">{t('groups.members.columns.since')}</th>
                    {canCoordinate ? <th scope="col">{t('groups.members.columns.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {members.map((member) => (
                    <tr key={member.userId}>
                      <th scope="row">
                        <Link to={`/members/${member.userId}`}>{member.displayName}</Link>
                        {member.userId === selfId ? <span className="muted"> ({t('admin.users.you')})</span> : null}
                        {member.organisation ? <div className="muted cell-sub">{member.organisation}</div> : null}
                      </th>
                      <td>{t(`professions.${member.profession}`)}</td>
                      <td>{countryName(member.country)}</td>
                      <td>{t(`groups.roles.${member.role}`)}</td>
                      <td>{formatDate(member.since)}</td>
                      {canCoordinate ? (
                        <td>
                          {member.userId === selfId ? null : (
                            <div className="inline-control">
                              <Button
                                variant="secondary"
                                className="button--small"
                                disabled={setRole.isPending || remove.isPending}
                                onClick={() => changeRole(member)}
                              >
                                {member.role === 'coordinator'
                                  ? t('groups.members.demote')
                                  : t('groups.members.promote')}
                                <span className="visually-hidden"> {member.displayName}</span>
                              </Button>
                              <Button
                                variant="danger"
                                className="button--small"
                                disabled={setRole.isPending || remove.isPending}
                                onClick={() => {
                                  setDone(null);
                                  remove.reset();
                                  setRemoving(member);
                                }}
                              >
                                {t('groups.members.remove')}
                                <span className="visually-hidden"> {member.displayName}</span>
                              </Button>
                            </div>
                          )}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      />
      {removing ? (
        <ConfirmDialog
          title={t('groups.members.removeTitle', { name: removing.displayName })}
          confirmLabel={t('groups.members.removeConfirm')}
          busyLabel={t('common.saving')}
          danger
          busy={remove.isPending}
          errors={remove.isError ? [errorMessage(remove.error)] : []}
          onConfirm={() =>
            remove.mutate(removing.userId, {
              onSuccess: () => {
                setDone(t('groups.members.removed', { name: removing.displayName, group: groupName }));
                setRemoving(null);
              },
            })
          }
          onCancel={() => setRemoving(null)}
        >
          <p>{t('groups.members.removeText', { name: removing.displayName, group: groupName })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
