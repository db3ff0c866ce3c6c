import type { Group } from '@pn/shared';
import { useTranslation } from 'react-i18next';

/** "3 unread", or nothing. */
export function UnreadBadge({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  if (!count) return null;
  return <span className="badge badge--unread">{t('groups.unread', { count })}</span>;
}

/** Where the user stands in a group: member, coordinator, or request waiting; nothing otherwise. */
export function MembershipBadge({ group }: { group: Pick<Group, 'myMembership'> }) {
  const { t } = useTranslation();
  const membership = group.myMembership;
  if (!membership) return null;
  if (membership.status === 'pending')
    return <span className="badge badge--pending">{t('groups.state.requested')}</span>;
  return (
    <span className="badge badge--active">
      {membership.role === 'coordinator' ? t('groups.state.coordinator') : t('groups.state.member')}
    </span>
  );
}

/** "Archived" on a group that is read-only; nothing otherwise. */
export function ArchivedBadge({ group }: { group: Pick<Group, 'archived'> }) {
  const { t } = useTranslation();
  if (!group.archived) return null;
  return <span className="badge badge--suspended">{t('groups.archived')}</span>;
}
