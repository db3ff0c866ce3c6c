import type { Thread } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { usePinThread } from '../hooks/useGroupMutations';
import { useThreadList } from '../hooks/useGroups';
import { UnreadBadge } from './Badges';

interface PinControl {
  busy: boolean;
  onToggle: (thread: Thread) => void;
}

function ThreadItem({ thread, pin }: { thread: Thread; pin: PinControl | null }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const classes = [
    'thread-item',
    thread.announcement ? 'thread-item--announcement' : '',
    thread.pinned ? 'thread-item--pinned' : '',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <div className="thread-item__header">
        {thread.pinned ? <span className="badge badge--pinned">{t('groups.pins.pinned')}</span> : null}
        {thread.announcement ? <span className="badge badge--announcement">{t('threads.announcement')}</span> : null}
        <Link to={`/threads/${thread.id}`} className="thread-item__title">
          {thread.title}
        </Link>
        <UnreadBadge count={thread.unreadCount} />
        {thread.muted ? <span className="badge badge--muted">{t('threads.muted')}</span> : null}
        {pin ? (
          <Button
            variant="secondary"
            className="button--small thread-item__pin"
            aria-label={
              thread.pinned
                ? t('groups.pins.unpinLabel', { title: thread.title })
                : t('groups.pins.pinLabel', { title: thread.title })
            }
            disabled={pin.busy}
            onClick={() => pin.onToggle(thread)}
          >
            {thread.pinned ? t('groups.pins.unpin') : t('groups.pins.pin')}
          </Button>
        ) : null}
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

/**
 * The group's threads in the API's order: pinned ones first, then announcements, then by latest activity.
 * Those who coordinate the group pin and unpin them here.
 */
export function ThreadList({
  slug,
  headingId,
  canPost,
  canPin = false,
}: {
  slug: string;
  headingId: string;
  canPost: boolean;
  canPin?: boolean;
}) {
  const { t } = useTranslation();
  const list = useThreadList(slug, true);
  const pinning = usePinThread(slug);
  const [done, setDone] = useState<string | null>(null);

  const toggle = (thread: Thread) => {
    setDone(null);
    const pinned = !thread.pinned;
    pinning.mutate(
      { threadId: thread.id, pinned },
      {
        onSuccess: () =>
          setDone(
            pinned
              ? t('groups.pins.pinnedDone', { title: thread.title })
              : t('groups.pins.unpinnedDone', { title: thread.title }),
          ),
      },
    );
  };
  const pin = canPin ? { busy: pinning.isPending, onToggle: toggle } : null;

  return (
    <>
      {canPin ? (
        <>
          <StatusMessage message={done} />
          <FormAlert messages={pinning.isError ? [errorMessage(pinning.error)] : []} />
        </>
      ) : null}
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
              <ThreadItem key={thread.id} thread={thread} pin={pin} />
            ))}
          </ul>
        )}
      />
    </>
  );
}
