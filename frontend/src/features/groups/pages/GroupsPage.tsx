import { GROUP_KINDS } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { GroupCard } from '../components/GroupCard';
import { useGroupList, useGroupsFollowLanguage } from '../hooks/useGroups';
import { canManageGroups } from '../permissions';

const ARCHIVED = { archived: true } as const;

/**
 * The directory of the network's working groups, by profession and by programme: every group that is not
 * archived, for anyone, with how to join it.
 */
export function GroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.list.title'));
  useGroupsFollowLanguage();
  const { user } = useCurrentUser();
  const groups = useGroupList();
  const member = isActive(user);

  return (
    <div className="page">
      <h1>{t('groups.list.title')}</h1>
      <p className="lead">{t('groups.list.intro')}</p>
      {canManageGroups(user) ? (
        <p className="actions-row">
          <Link to="/groups/new" className="button button--primary">
            {t('groups.list.newGroup')}
          </Link>
        </p>
      ) : null}
      {!member ? (
        <div className="alert alert--info">
          <p>{user ? t('groups.list.notActiveNote') : t('groups.list.visitorNote')}</p>
          {!user ? (
            <p>
              <Link to="/register">{t('groups.list.applyLink')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {groups.isPending ? (
        <LoadingState />
      ) : groups.isError ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <EmptyState title={t('groups.list.emptyTitle')}>
          <p>{t('groups.list.emptyText')}</p>
          {!user ? (
            <p className="actions-row">
              <Link to="/register" className="button button--primary">
                {t('nav.applyToJoin')}
              </Link>
              <Link to="/login" className="button button--secondary">
                {t('nav.signIn')}
              </Link>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        GROUP_KINDS.map((kind) => {
          const ofKind = groups.data.filter((group) => group.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} className="section" aria-labelledby={`groups-${kind}`}>
              <h2 id={`groups-${kind}`}>{t(`groups.kinds.${kind}`)}</h2>
              <p className="muted">{t(`groups.kindIntro.${kind}`)}</p>
              <ul className="card-grid">
                {ofKind.map((group) => (
                  <GroupCard key={group.id} group={group} />
                ))}
              </ul>
            </section>
          );
        })
      )}
      {member ? <ArchivedGroups /> : null}
    </div>
  );
}

/** Archived groups stay readable for members: listed apart, and only when there are some. */
function ArchivedGroups() {
  const { t } = useTranslation();
  const archived = useGroupList(ARCHIVED);
  if (!archived.data || archived.data.length === 0) return null;
  return (
    <section className="section" aria-labelledby="groups-archived">
      <h2 id="groups-archived">{t('groups.list.archivedTitle')}</h2>
      <p className="muted">{t('groups.list.archivedIntro')}</p>
      <ul className="card-grid">
        {archived.data.map((group) => (
          <GroupCard key={group.id} group={group} />
        ))}
      </ul>
    </section>
  );
}
