import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { GroupMeetings } from '../../meetings';
import { FlagQueue } from '../components/FlagQueue';
import { JoinRequests } from '../components/JoinRequests';
import { MemberDirectory } from '../components/MemberDirectory';
import { MembershipPanel } from '../components/MembershipPanel';
import { NewThreadForm } from '../components/NewThreadForm';
import { ThreadList } from '../components/ThreadList';
import { GroupCountries } from '../components/GroupCard';
import { useGroup, useGroupsFollowLanguage } from '../hooks/useGroups';
import {
  canAddMembers,
  canCoordinate,
  canEditGroupTexts,
  canPost,
  canReadDiscussions,
  canSeeMembers,
} from '../permissions';

/** A group: what it is, membership, its threads, its members, and for its coordinators, moderation. */
export function GroupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { user } = useCurrentUser();
  const query = useGroup(slug);
  usePageTitle(query.data?.name ?? t('groups.list.title'));
  useGroupsFollowLanguage();

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    if (notFound && !user) {
      // Archived groups are for members: a shared link asks a visitor to sign in first.
      const state: AppLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
      return <Navigate to="/login" replace state={state} />;
    }
    if (notFound) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }

  const group = query.data;
  const readable = canReadDiscussions(group, user);
  const coordinate = canCoordinate(group, user);
  const posting = canPost(group, user);

  return (
    <div className="page group-page">
      <p className="breadcrumb">
        <Link to="/groups">{t('groups.list.title')}</Link>
      </p>
      <header className="group-page__header">
        <h1 lang={group.language}>{group.name}</h1>
        <ul className="meta-list">
          <li>{t(`groups.kindLabels.${group.kind}`)}</li>
          <li>{t('groups.memberCount', { count: group.memberCount })}</li>
          <li>
            <GroupCountries group={group} />
          </li>
          <li>{t(`groups.joinPolicies.${group.joinPolicy}`)}</li>
          <li>{group.visibility === 'public' ? t('groups.publicRead') : t('groups.membersOnly')}</li>
          {group.archived ? <li className="badge badge--suspended">{t('groups.archived')}</li> : null}
        </ul>
        {canEditGroupTexts(group, user) ? (
          <p className="actions-row">
            <Link to={`/groups/${group.slug}/edit`} className="button button--secondary button--small">
              {t('groups.manage.editLink')}
            </Link>
          </p>
        ) : null}
      </header>
      {group.archived ? (
        <div className="alert alert--info">
          <p>{t('groups.page.archivedNote')}</p>
        </div>
      ) : null}
      <p className="pre-line group-page__description" lang={group.language}>
        {group.description}
      </p>

      {coordinate ? (
        <nav className="in-page-nav" aria-label={t('groups.page.sectionsLabel')}>
          <ul>
            <li>
              <a href="#requests">{t('groups.page.requests')}</a>
            </li>
            <li>
              <a href="#flags">{t('groups.page.flags')}</a>
            </li>
            <li>
              <a href="#meetings">{t('groups.page.meetings')}</a>
            </li>
            <li>
              <a href="#discussions">{t('groups.page.discussions')}</a>
            </li>
            <li>
              <a href="#members">{t('groups.page.members')}</a>
            </li>
          </ul>
        </nav>
      ) : null}

      <MembershipPanel group={group} user={user} />

      {/* What waits for a coordinator's decision comes first, not under the long member table. */}
      {coordinate ? (
        <>
          <p className="group-page__moderation-link">
            <Link to="/moderation">{t('groups.page.moderationLink')}</Link>
          </p>
          <section id="requests" className="section" aria-labelledby="requests-title">
            <h2 id="requests-title">{t('groups.page.requests')}</h2>
            <JoinRequests slug={group.slug} groupName={group.name} />
          </section>
          <section id="flags" className="section" aria-labelledby="flags-title">
            <h2 id="flags-title">{t('groups.page.flags')}</h2>
            <FlagQueue slug={group.slug} />
          </section>
        </>
      ) : null}

      <section id="meetings" className="section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('groups.page.meetings')}</h2>
        <GroupMeetings slug={group.slug} readable={readable} canSchedule={coordinate && !group.archived} />
      </section>

      <section id="discussions" className="section" aria-labelledby="discussions-title">
        <h2 id="discussions-title">{t('groups.page.discussions')}</h2>
        {readable ? (
          <>
            {posting ? <NewThreadForm slug={group.slug} canAnnounce={coordinate} /> : null}
            <ThreadList slug={group.slug} headingId="discussions-title" canPost={posting} canPin={coordinate} />
          </>
        ) : (
          <EmptyState title={t('groups.page.membersOnlyTitle')} headingLevel={3}>
            <p>{user ? t('groups.page.membersOnlyText') : t('groups.page.membersOnlyVisitorText')}</p>
          </EmptyState>
        )}
      </section>

      {user && canSeeMembers(group, user) ? (
        <section id="members" className="section" aria-labelledby="members-title">
          <h2 id="members-title">{t('groups.page.members')}</h2>
          <MemberDirectory
            slug={group.slug}
            groupName={group.name}
            selfId={user.id}
            canCoordinate={coordinate}
            canAddMembers={canAddMembers(group, user)}
          />
        </section>
      ) : null}
    </div>
  );
}
