import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useGroupList, useGroupsFollowLanguage } from '../hooks/useGroups';
import { MembershipBadge, UnreadBadge } from './Badges';

const MINE = { mine: true } as const;

/** The groups the user belongs to (or asked to join), with their unread counts, for the home page. */
export function MyGroups({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const groups = useGroupList(MINE);
  useGroupsFollowLanguage();

  if (groups.isPending) return <LoadingState />;
  if (groups.isError) return <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.data.length === 0) {
    return (
      <EmptyState title={t('groups.mine.emptyTitle')} headingLevel={3}>
        <p>{t('groups.mine.emptyText')}</p>
        <p>
          <Link to="/groups">{t('groups.mine.browse')}</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="stack stack--tight" aria-labelledby={headingId}>
        {groups.data.map((group) => (
          <li key={group.id} className="card group-row">
            <Link to={`/groups/${group.slug}`} className="group-row__title" lang={group.language}>
              {group.name}
            </Link>
            <span className="group-row__badges">
              <UnreadBadge count={group.unreadCount} />
              {group.myMembership?.status === 'pending' || group.myMembership?.role === 'coordinator' ? (
                <MembershipBadge group={group} />
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <p className="after-list">
        <Link to="/groups">{t('groups.mine.all')}</Link>
      </p>
    </>
  );
}
