import type { Thread } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { useThreadList } from '../hooks/useGroups';
import { UnreadBadge } from './Badges';

function ThreadItem({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  return (
    <li className={['thread-item', thread.announcement ? 'thread-item--announcement' : ''].filter(Boolean).join(' ')}>
      <div className="thread-item__header">
        {thread.announcement ? <span className="badge badge--announcement">{t('threads.announcement')}</span> : null}
        <Link to={`/threads/${thread.id}`} className="thread-item__title">
          {thread.title}
        </Link>
        <UnreadBadge count={thread.unreadCount} />
        {thread.muted ? <span className="badge badge--muted">{t('threads.muted')}</span> : null}
      </div>
      <p className="thread-item__meta muted">
        {t('threads.startedBy', { name: thread.author?.displayName ?? t('discussions.formerMember') })}
        {' · '}
        {t('threads.replies', { count: thread.messageCount })}
        {' · '}
        {t('threads.lastActivity', { date: formatDateTime(thread.lastMessageAt) })}
      </p>
    </li>
  );
}

/** The group's threads: announcements pinned first (the API's order), then by latest activity. */
export function ThreadList({ slug, headingId, canPost }: { slug: string; headingId: string; canPost: boolean }) {
  const { t } = useTranslation();
  const list = useThreadList(slug, true);

  return (
    <PagedResults
      list={list}
      empty={
        <EmptyState title={t('threads.emptyTitle')} headingLevel={3}>
          <p>{canPost ? t('threads.emptyText') : t('threads.emptyReadOnly')}</p>
        </EmptyState>
      }
      renderItems={(threads) => (
        <ul className="thread-list" aria-labelledby={headingId}>
          {threads.map((thread) => (
            <ThreadItem key={thread.id} thread={thread} />
          ))}
        </ul>
      )}
    />
  );
}
