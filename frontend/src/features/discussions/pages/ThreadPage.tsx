import type { Message } from '@pn/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Button } from '../../../components/Button';
import { ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { canCoordinate, canPost, groupQuery, isGroupMember, useMentionable } from '../../groups';
import { NewPollForm } from '../../polls';
import { discussionKeys } from '../api';
import { COMPOSER_ID, Composer } from '../components/Composer';
import { ConnectionNotice } from '../components/ConnectionNotice';
import { MessageBody } from '../../../components/MessageBody';
import { MessageLog } from '../components/MessageLog';
import { useMuteThread } from '../hooks/useMessageMutations';
import { useThread, useThreadLive } from '../hooks/useThread';

/** A thread: its opening post, its messages live, and the composer for the group's members. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { formatDateTime } = useLocale();
  const { user } = useCurrentUser();
  const thread = useThread(id);
  const slug = thread.data?.groupSlug ?? '';
  const group = useQuery({ ...groupQuery(slug), enabled: Boolean(slug) });
  const posting = Boolean(group.data && canPost(group.data, user));
  const people = useMentionable(slug, posting);
  const mute = useMuteThread(id);
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [makingPoll, setMakingPoll] = useState(false);
  const queryClient = useQueryClient();
  usePageTitle(thread.data?.title ?? t('discussions.thread.title'));
  useThreadLive(id, thread.isSuccess && isActive(user));

  if (thread.isPending) return <LoadingState />;
  if (thread.isError) {
    const notFound = isApiError(thread.error) && (thread.error.status === 404 || thread.error.status === 400);
    if (notFound && !user) {
      const state: AppLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
      return <Navigate to="/login" replace state={state} />;
    }
    if (notFound) return <NotFoundPage />;
    return <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />;
  }

  const current = thread.data;
  const member = Boolean(group.data && isGroupMember(group.data));
  const moderating = Boolean(group.data && canCoordinate(group.data, user));
  const self = user ? { id: user.id, displayName: user.displayName } : null;

  const reply = (message: Message) => {
    setReplyTo(message);
    document.getElementById(COMPOSER_ID)?.focus();
  };

  return (
    <div className="page thread-page">
      <p className="breadcrumb">
        <Link to="/groups">{t('groups.list.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/groups/${current.groupSlug}`}>{group.data?.name ?? t('discussions.thread.group')}</Link>
      </p>
      <header className="thread-page__header">
        <h1>
          {current.announcement ? (
            <span className="badge badge--announcement thread-page__badge">{t('threads.announcement')}</span>
          ) : null}
          {current.title}
        </h1>
        {member ? (
          <Button
            variant="secondary"
            className="button--small"
            aria-pressed={current.muted ?? false}
            busy={mute.isPending}
            busyLabel={t('common.saving')}
            onClick={() => mute.mutate(!current.muted)}
          >
            {t('discussions.thread.mute')}
          </Button>
        ) : null}
      </header>

      <article className="card thread-opening" aria-labelledby="thread-opening-author">
        <p className="message__header">
          <span id="thread-opening-author" className="message__author">
            {current.author?.displayName ?? t('discussions.formerMember')}
          </span>
          <time className="message__time" dateTime={current.createdAt}>
            {formatDateTime(current.createdAt)}
          </time>
        </p>
        <MessageBody body={current.body} />
      </article>

      <section className="section thread-page__messages" aria-labelledby="thread-messages-title">
        <h2 id="thread-messages-title">{t('discussions.thread.replies')}</h2>
        <ConnectionNotice threadId={current.id} />
        <MessageLog
          threadId={current.id}
          self={self}
          canReply={posting}
          canFlag={isActive(user)}
          canModerate={moderating}
          canMarkRead={member}
          onReply={reply}
        />
        {posting && user ? (
          <Composer
            threadId={current.id}
            selfId={user.id}
            people={people.data ?? []}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
          />
        ) : null}
        {posting && user ? (
          <div className="poll-composer">
            {makingPoll ? (
              <NewPollForm
                threadId={current.id}
                onDone={(poll) => {
                  setMakingPoll(false);
                  // Its message comes over the socket too; fetched here for a tab without one.
                  if (poll) void queryClient.refetchQueries({ queryKey: discussionKeys.messages(current.id) });
                }}
              />
            ) : (
              <Button variant="secondary" className="button--small" onClick={() => setMakingPoll(true)}>
                {t('polls.new.open')}
              </Button>
            )}
          </div>
        ) : group.data ? (
          <p className="alert alert--info">
            {!user ? (
              <Link to="/login" state={{ from: location.pathname } satisfies AppLocationState}>
                {t('discussions.thread.signInToReply')}
              </Link>
            ) : group.data.archived ? (
              t('discussions.thread.archived')
            ) : (
              <Link to={`/groups/${current.groupSlug}`}>{t('discussions.thread.joinToReply')}</Link>
            )}
          </p>
        ) : null}
      </section>
    </div>
  );
}
