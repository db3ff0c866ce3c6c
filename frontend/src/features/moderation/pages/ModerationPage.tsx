import type { GroupModerationCounts } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { usePageTitle } from '../../../lib/usePageTitle';
import { FlagQueue, JoinRequests } from '../../groups';
import { useModerationSummary } from '../hooks/useModerationSummary';
import { countsOf } from '../moderationCounts';

/** One group's part of a section: its name, how many wait, and the list to decide on. */
function GroupPart({ counts, kind }: { counts: GroupModerationCounts; kind: 'flags' | 'requests' }) {
  const { t } = useTranslation();
  const count = kind === 'flags' ? counts.flags : counts.joinRequests;
  const headingId = `moderation-${kind}-${counts.group.slug}`;
  return (
    <section className="moderation-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/groups/${counts.group.slug}`}>{counts.group.name}</Link>{' '}
        <span className="moderation-count">{t('moderation.page.waiting', { count })}</span>
      </h3>
      {kind === 'flags' ? (
        <FlagQueue slug={counts.group.slug} />
      ) : (
        <JoinRequests slug={counts.group.slug} groupName={counts.group.name} />
      )}
    </section>
  );
}

type GroupRef = GroupModerationCounts['group'];
interface Shown {
  flags: readonly GroupRef[];
  requests: readonly GroupRef[];
}

/** The groups shown so far, with those that now have something waiting added (the same object if none). */
function withWaiting(shown: Shown, groups: readonly GroupModerationCounts[]): Shown {
  const add = (list: readonly GroupRef[], waits: (counts: GroupModerationCounts) => boolean) => {
    const known = new Set(list.map((group) => group.id));
    const added = groups.filter((counts) => waits(counts) && !known.has(counts.group.id)).map((counts) => counts.group);
    return added.length > 0 ? [...list, ...added] : list;
  };
  const flags = add(shown.flags, (counts) => counts.flags > 0);
  const requests = add(shown.requests, (counts) => counts.joinRequests > 0);
  return flags === shown.flags && requests === shown.requests ? shown : { flags, requests };
}

/** The parts to show, with their current counts (none, for a group whose last item was decided on). */
function partsOf(list: readonly GroupRef[], groups: readonly GroupModerationCounts[]): GroupModerationCounts[] {
  const current = new Map(groups.map((counts) => [counts.group.id, counts]));
  return list.map((group) => current.get(group.id) ?? { group, joinRequests: 0, flags: 0 });
}

/**
 * Everything that waits for the person's decision, in one place: flagged messages and requests to join in
 * the groups they coordinate, applications to the network and practices awaiting curation.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.page.title'));
  const { user } = useCurrentUser();
  const summary = useModerationSummary(isActive(user));
  // A group's list stays on screen once shown, though its last item was decided on: the decision's
  // confirmation (and the reader's place) must not vanish with it when the counts refresh.
  const [shown, setShown] = useState<Shown>({ flags: [], requests: [] });
  const next = summary.data ? withWaiting(shown, summary.data.groups) : shown;
  if (next !== shown) setShown(next);

  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;

  const data = summary.data;
  const { flags, joinRequests } = countsOf(data);
  const flagged = partsOf(next.flags, data.groups);
  const requested = partsOf(next.requests, data.groups);

  return (
    <div className="page moderation-page">
      <h1>{t('moderation.page.title')}</h1>
      <p className="lead">{t('moderation.page.intro')}</p>
      <nav className="in-page-nav" aria-label={t('moderation.page.sectionsLabel')}>
        <ul>
          <li>
            <a href="#flags">{t('moderation.flags.titleCount', { count: flags })}</a>
          </li>
          <li>
            <a href="#requests">{t('moderation.requests.titleCount', { count: joinRequests })}</a>
          </li>
          {data.applications !== null ? (
            <li>
              <a href="#applications">{t('moderation.applications.titleCount', { count: data.applications })}</a>
            </li>
          ) : null}
          {data.curation !== null ? (
            <li>
              <a href="#curation">{t('moderation.curation.titleCount', { count: data.curation })}</a>
            </li>
          ) : null}
        </ul>
      </nav>

      <section id="flags" className="section" aria-labelledby="flags-title">
        <h2 id="flags-title">{t('moderation.flags.titleCount', { count: flags })}</h2>
        {flagged.length === 0 ? (
          <EmptyState title={t('moderation.flags.emptyTitle')} headingLevel={3}>
            <p>{t('moderation.flags.emptyText')}</p>
          </EmptyState>
        ) : (
          flagged.map((counts) => <GroupPart key={counts.group.id} counts={counts} kind="flags" />)
        )}
      </section>

      <section id="requests" className="section" aria-labelledby="requests-title">
        <h2 id="requests-title">{t('moderation.requests.titleCount', { count: joinRequests })}</h2>
        {requested.length === 0 ? (
          <EmptyState title={t('moderation.requests.emptyTitle')} headingLevel={3}>
            <p>{t('moderation.requests.emptyText')}</p>
          </EmptyState>
        ) : (
          requested.map((counts) => <GroupPart key={counts.group.id} counts={counts} kind="requests" />)
        )}
      </section>

      {data.applications !== null ? (
        <section id="applications" className="section" aria-labelledby="applications-title">
          <h2 id="applications-title">{t('moderation.applications.titleCount', { count: data.applications })}</h2>
          <p>
            {data.applications > 0
              ? t('moderation.applications.waiting', { count: data.applications })
              : t('moderation.applications.none')}
          </p>
          <p>
            <Link to="/admin/vetting" className="button button--secondary">
              {t('moderation.applications.link')}
            </Link>
          </p>
        </section>
      ) : null}

      {data.curation !== null ? (
        <section id="curation" className="section" aria-labelledby="curation-title">
          <h2 id="curation-title">{t('moderation.curation.titleCount', { count: data.curation })}</h2>
          <p>
            {data.curation > 0
              ? t('moderation.curation.waiting', { count: data.curation })
              : t('moderation.curation.none')}
          </p>
          <p>
            <Link to="/curation" className="button button--secondary">
              {t('moderation.curation.link')}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
