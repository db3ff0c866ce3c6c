import type { Notification } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useMarkNotificationsRead, useNotificationList } from '../hooks/useNotifications';
import { groupNotifications, notificationLine } from '../notificationLine';

function NotificationItem({
  notification,
  onRead,
  busy,
}: {
  notification: Notification;
  onRead: (id: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const line = notificationLine(notification, t('discussions.formerMember'));
  return (
    <li className={['notification', notification.read ? '' : 'notification--unread'].filter(Boolean).join(' ')}>
      <span className="notification__dot" aria-hidden="true" />
      <div className="notification__body">
        {notification.read ? null : <span className="visually-hidden">{t('notifications.page.unread')} </span>}
        <Link to={line.href} onClick={() => (notification.read ? undefined : onRead(notification.id))}>
          {t(line.key, line.values)}
        </Link>
        <div className="notification__meta">
          <time className="muted" dateTime={notification.updatedAt}>
            {formatDateTime(notification.updatedAt)}
          </time>
          {notification.read ? null : (
            <Button variant="link" className="button--small" disabled={busy} onClick={() => onRead(notification.id)}>
              {t('notifications.page.markRead')}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

/** Mentions, replies, new threads and decisions, one line per kind and thread, grouped by thread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.page.title'));
  const list = useNotificationList();
  const markRead = useMarkNotificationsRead();
  const anyUnread = list.items.some((notification) => !notification.read);

  return (
    <div className="page page--narrow">
      <h1>{t('notifications.page.title')}</h1>
      <FormAlert messages={markRead.isError ? [errorMessage(markRead.error)] : []} />
      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('notifications.page.emptyTitle')}>
            <p>{t('notifications.page.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(notifications) => (
          <>
            {anyUnread ? (
              <div className="actions-row">
                <Button
                  variant="secondary"
                  onClick={() => markRead.mutate(undefined)}
                  busy={markRead.isPending && markRead.variables === undefined}
                  busyLabel={t('common.saving')}
                >
                  {t('notifications.page.markAllRead')}
                </Button>
              </div>
            ) : null}
            {groupNotifications(notifications).map((group) => (
              <section
                key={group.key}
                className="card notification-group"
                aria-label={
                  group.thread?.title ?? group.group?.name ?? group.practice?.title ?? t('notifications.page.network')
                }
              >
                <p className="notification-group__title">
                  {group.thread ? (
                    <>
                      <strong>{group.thread.title}</strong>
                      {group.group ? <span className="muted"> · {group.group.name}</span> : null}
                    </>
                  ) : (
                    <strong>{group.group?.name ?? group.practice?.title ?? t('notifications.page.network')}</strong>
                  )}
                </p>
                <ul className="notification-list">
                  {group.items.map((notification) => (
                    <NotificationItem
                      key={notification.id}
                      notification={notification}
                      busy={markRead.isPending}
                      onRead={(id) => markRead.mutate([id])}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      />
    </div>
  );
}
