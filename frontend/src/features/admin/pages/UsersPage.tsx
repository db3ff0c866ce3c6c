import type { User } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { parseUserFilters, type UserFilters } from '../api';
import { ReasonDialog } from '../components/ReasonDialog';
import { UserFiltersForm } from '../components/UserFiltersForm';
import { UserRow, type UserAction } from '../components/UserRow';
import { useUserList } from '../hooks/useAdminLists';
import { useEndUserSessions, useUpdateUser } from '../hooks/useAdminMutations';

/** All accounts (admin): filter, change roles, suspend and reactivate, sign out everywhere, each confirmed. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const { user: me } = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseUserFilters(searchParams);
  const list = useUserList(filters);
  const update = useUpdateUser();
  const endSessions = useEndUserSessions();
  const [action, setAction] = useState<UserAction | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const applyFilters = (next: UserFilters) => {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.role) params.set('role', next.role);
    if (next.q) params.set('q', next.q);
    setSearchParams(params);
  };

  const confirmEndSessions = (user: User) =>
    endSessions.mutate(user.id, {
      onSuccess: ({ ended }) => {
        setAction(null);
        setDone(t('admin.users.sessionsEnded', { name: user.displayName, count: ended }));
      },
    });

  const confirm = (reason: string | undefined) => {
    if (!action || action.kind === 'sessions') return;
    const { user } = action;
    const body =
      action.kind === 'role'
        ? { role: action.role }
        : { status: action.kind === 'suspend' ? ('suspended' as const) : ('active' as const) };
    update.mutate(
      { id: user.id, body: { ...body, ...(reason ? { reason } : {}) } },
      {
        onSuccess: (updated) => {
          setAction(null);
          setDone(
            action.kind === 'role'
              ? t('admin.users.roleChanged', { name: updated.displayName, role: t(`roles.${updated.role}`) })
              : action.kind === 'suspend'
                ? t('admin.users.suspended', { name: updated.displayName })
                : t('admin.users.reactivated', { name: updated.displayName }),
          );
        },
      },
    );
  };

  const dialog =
    action && action.kind !== 'sessions'
      ? action.kind === 'role'
        ? {
            title: t('admin.users.roleTitle', { name: action.user.displayName }),
            text: t('admin.users.roleText', {
              name: action.user.displayName,
              from: t(`roles.${action.user.role}`),
              to: t(`roles.${action.role}`),
            }),
            confirm: t('admin.users.roleConfirm'),
            danger: false,
          }
        : action.kind === 'suspend'
          ? {
              title: t('admin.users.suspendTitle', { name: action.user.displayName }),
              text: t('admin.users.suspendText', { name: action.user.displayName }),
              confirm: t('admin.users.suspendConfirm'),
              danger: true,
            }
          : {
              title: t('admin.users.reactivateTitle', { name: action.user.displayName }),
              text: t('admin.users.reactivateText', { name: action.user.displayName }),
              confirm: t('admin.users.reactivateConfirm'),
              danger: false,
            }
      : null;

  return (
    <div className="page page--wide">
      <h1>{t('admin.users.title')}</h1>
      <UserFiltersForm key={searchParams.toString()} filters={filters} onApply={applyFilters} />
      <StatusMessage message={done} />

      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('admin.users.emptyTitle')}>
            <p>{t('admin.users.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(users) => (
          <div className="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
            <table className="table">
              <caption id="users-caption">{t('admin.users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.columns.name')}</th>
                  <th scope="col">{t('fields.profession')}</th>
                  <th scope="col">{t('fields.country')}</th>
                  <th scope="col">{t('fields.status')}</th>
                  <th scope="col">{t('admin.users.columns.joined')}</th>
                  <th scope="col">{t('fields.role')}</th>
                  <th scope="col">{t('admin.users.columns.access')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <UserRow
                    key={`${user.id}:${user.role}:${user.status}`}
                    user={user}
                    isSelf={user.id === me?.id}
                    disabled={update.isPending || endSessions.isPending}
                    onAction={(next) => {
                      setDone(null);
                      update.reset();
                      endSessions.reset();
                      setAction(next);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      />

      {action?.kind === 'sessions' ? (
        <ConfirmDialog
          title={t('admin.users.endSessionsTitle', { name: action.user.displayName })}
          confirmLabel={t('admin.users.endSessionsConfirm')}
          busyLabel={t('common.saving')}
          danger
          busy={endSessions.isPending}
          errors={endSessions.isError ? [errorMessage(endSessions.error)] : []}
          onConfirm={() => confirmEndSessions(action.user)}
          onCancel={() => setAction(null)}
        >
          <p>{t('admin.users.endSessionsText', { name: action.user.displayName })}</p>
        </ConfirmDialog>
      ) : null}
      {action && dialog ? (
        <ReasonDialog
          title={dialog.title}
          confirmLabel={dialog.confirm}
          busyLabel={t('common.saving')}
          danger={dialog.danger}
          busy={update.isPending}
          errors={update.isError ? [errorMessage(update.error)] : []}
          onConfirm={confirm}
          onCancel={() => setAction(null)}
        >
          <p>{dialog.text}</p>
        </ReasonDialog>
      ) : null}
    </div>
  );
}
