import type { Message } from '@pn/shared';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { useDeleteMessage, useMarkRead, usePostMessage } from '../hooks/useMessageMutations';
import { useThreadMessages } from '../hooks/useThread';
import { FlagDialog } from './FlagDialog';
import { MessageItem } from './MessageItem';
import { OutgoingItem } from './OutgoingItem';

/** How close to the bottom (px) still counts as "reading the newest": new messages then scroll into view. */
const BOTTOM_SLACK = 64;

interface MessageLogProps {
  threadId: string;
  self: { id: string; displayName: string } | null;
  canReply: boolean;
  canFlag: boolean;
  canModerate: boolean;
  /** Active members of the group have a read position to move. */
  canMarkRead: boolean;
  onReply: (message: Message) => void;
}

/**
 * The messages of a thread, oldest first, in a scrollable region: earlier ones load on request, new ones
 * arrive live (kept in view when the reader is at the bottom), and the thread is marked read when its
 * newest message is on screen.
 */
export function MessageLog({ threadId, self, canReply, canFlag, canModerate, canMarkRead, onReply }: MessageLogProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const location = useLocation();
  const messages = useThreadMessages(threadId);
  const { send, discard } = usePostMessage(threadId);
  const remove = useDeleteMessage(threadId);
  const markRead = useMarkRead(threadId);
  const [deleting, setDeleting] = useState<Message | null>(null);
  const [flagging, setFlagging] = useState<Message | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The messages this reader flagged while here: each shows its thank-you in place of its flag button.
  const [flaggedIds, setFlaggedIds] = useState<ReadonlySet<string>>(new Set());
  const logRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const keepFromBottom = useRef<number | null>(null);
  const outgoingCount = useRef(0);
  const { items, outgoing } = messages;
  const newest = items[items.length - 1];
  const loaded = messages.isSuccess;

  // Keep the reader where they were: at the bottom as messages arrive, or at the same message when
  // earlier ones are added above; one's own new message always scrolls into view.
  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const sent = outgoing.length > outgoingCount.current;
    outgoingCount.current = outgoing.length;
    if (keepFromBottom.current !== null) {
      log.scrollTop = log.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else if (atBottom.current || sent) {
      log.scrollTop = log.scrollHeight;
      atBottom.current = true;
    }
  }, [items, outgoing]);

  // A link to one message (from a notification): show it rather than the bottom.
  useEffect(() => {
    if (!loaded || !location.hash.startsWith('#message-')) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    atBottom.current = false;
    target.scrollIntoView({ block: 'center' });
  }, [loaded, location.hash]);

  // The newest message on screen (and the tab visible): the thread is read up to it.
  useEffect(() => {
    if (!canMarkRead || !newest) return;
    const element = document.getElementById(`message-${newest.id}`);
    if (!element) return;
    let visible = false;
    const check = () => {
      if (visible && document.visibilityState === 'visible') markRead(newest);
    };
    const observer = new IntersectionObserver((entries) => {
      visible = entries.some((entry) => entry.isIntersecting);
      check();
    });
    observer.observe(element);
    document.addEventListener('visibilitychange', check);
    return () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', check);
    };
  }, [canMarkRead, newest, markRead]);

  const loadEarlier = () => {
    const log = logRef.current;
    if (log) keepFromBottom.current = log.scrollHeight - log.scrollTop;
    messages.loadEarlier.mutate(undefined, {
      onError: () => {
        keepFromBottom.current = null;
      },
    });
  };

  if (messages.isPending) return <LoadingState />;
  if (messages.isError) return <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />;

  const latestFromOthers = [...items].reverse().find((message) => message.author && message.author.id !== self?.id);

  return (
    <>
      <StatusMessage message={done} />
      <div
        ref={logRef}
        className="message-log"
        role="region"
        aria-label={t('discussions.log.label')}
        tabIndex={0}
        onScroll={(event) => {
          const log = event.currentTarget;
          atBottom.current = log.scrollHeight - log.scrollTop - log.clientHeight < BOTTOM_SLACK;
        }}
      >
        {messages.hasEarlier ? (
          <div className="message-log__earlier">
            <Button
              variant="secondary"
              className="button--small"
              onClick={loadEarlier}
              busy={messages.loadEarlier.isPending}
              busyLabel={t('common.loadingMore')}
            >
              {t('discussions.log.loadEarlier')}
            </Button>
            {messages.loadEarlier.isError ? (
              <p className="field__error" role="alert">
                {t('discussions.log.loadEarlierFailed')}
              </p>
            ) : null}
          </div>
        ) : null}
        {items.length === 0 && outgoing.length === 0 ? (
          <p className="muted message-log__empty">{t('discussions.log.empty')}</p>
        ) : (
          <ol className="messages">
            {items.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                selfId={self?.id ?? null}
                canReply={canReply}
                canFlag={canFlag}
                canModerate={canModerate}
                onReply={onReply}
                onDelete={(target) => {
                  setDone(null);
                  remove.reset();
                  setDeleting(target);
                }}
                onFlag={(target) => {
                  setDone(null);
                  setFlagging(target);
                }}
                flaggedNote={flaggedIds.has(message.id) ? t('discussions.flag.done') : null}
              />
            ))}
            {outgoing.map((message) => (
              <OutgoingItem
                key={message.clientId}
                message={message}
                authorName={self?.displayName ?? ''}
                onRetry={(failed) => send({ clientId: failed.clientId, body: failed.body, replyTo: failed.replyTo })}
                onDiscard={(failed) => discard(failed.clientId)}
              />
            ))}
          </ol>
        )}
      </div>
      {/* Announces messages from others as they arrive, without reading out the whole log. */}
      <p className="visually-hidden" aria-live="polite">
        {latestFromOthers
          ? t('discussions.log.newFrom', {
              name: latestFromOthers.author?.displayName ?? '',
              time: formatDateTime(latestFromOthers.createdAt),
            })
          : ''}
      </p>

      {deleting ? (
        <ConfirmDialog
          title={t('discussions.delete.title')}
          confirmLabel={t('discussions.delete.confirm')}
          busyLabel={t('discussions.delete.deleting')}
          danger
          busy={remove.isPending}
          errors={remove.isError ? [errorMessage(remove.error)] : []}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                setDone(t('discussions.delete.done'));
              },
            })
          }
          onCancel={() => setDeleting(null)}
        >
          <p>
            {deleting.author?.id === self?.id
              ? t('discussions.delete.ownText')
              : t('discussions.delete.othersText', {
                  name: deleting.author?.displayName ?? t('discussions.formerMember'),
                })}
          </p>
        </ConfirmDialog>
      ) : null}
      {flagging ? (
        <FlagDialog
          message={flagging}
          onDone={() => {
            setFlaggedIds((ids) => new Set(ids).add(flagging.id));
            setFlagging(null);
          }}
          onCancel={() => setFlagging(null)}
        />
      ) : null}
    </>
  );
}
