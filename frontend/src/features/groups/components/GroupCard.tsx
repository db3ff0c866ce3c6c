import type { Group } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArchivedBadge, MembershipBadge, UnreadBadge } from './Badges';

/** One group in the list: what it is, how to join, and where the user stands. */
export function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  const headingId = `group-${group.id}`;
  return (
    <li className="card group-card">
      <div className="group-card__header">
        <h3 id={headingId} className="card__title group-card__title">
          <Link to={`/groups/${group.slug}`}>{group.name}</Link>
        </h3>
        <UnreadBadge count={group.unreadCount} />
      </div>
      <p className="group-card__description">{group.description}</p>
      <ul className="meta-list">
        <li>{t('groups.memberCount', { count: group.memberCount })}</li>
        <li>{t(`groups.joinPolicies.${group.joinPolicy}`)}</li>
        {group.visibility === 'public' ? <li>{t('groups.publicRead')}</li> : null}
      </ul>
      <MembershipBadge group={group} />
      <ArchivedBadge group={group} />
    </li>
  );
}
