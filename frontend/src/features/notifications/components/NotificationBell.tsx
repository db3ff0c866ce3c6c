import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { useUnreadNotifications } from '../hooks/useNotifications';
import { unreadBadge } from '../notificationLine';

/** The bell in the header: unread notifications, kept live by the socket; leads to the notifications page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const active = isActive(user);
  const unread = useUnreadNotifications(active);
  if (!active) return null;
  const count = unread.data?.items.length ?? 0;
  const more = Boolean(unread.data?.nextCursor);
  const badge = unreadBadge(count, more);
  return (
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={count > 0 ? t('notifications.bell.unread', { count, badge }) : t('notifications.bell.none')}
    >
      <svg className="bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 ? (
        <span className="count-badge bell__badge" aria-hidden="true">
          {badge}
        </span>
      ) : null}
    </NavLink>
  );
}
