import type { Group } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';
import { ArchivedBadge, MembershipBadge, UnreadBadge } from './Badges';

/** Where a group's members come from: "Members from Denmark, Sweden and Norway", or "No members yet". */
export function GroupCountries({ group }: { group: Pick<Group, 'countries' | 'memberCount'> }) {
  const { t } = useTranslation();
  const { countryName, formatList } = useLocale();
  if (group.memberCount === 0 || group.countries.length === 0) return <>{t('groups.noMembersYet')}</>;
  return <>{t('groups.countries', { countries: formatList(group.countries.map(countryName)) })}</>;
}

/** One group in the directory: what it is, who is in it, how to join, and where the user stands. */
export function GroupCard({ group }: { group: Group }) {
  const { t } = useTranslation();
  const headingId = `group-${group.id}`;
  return (
    <li className="card group-card">
      <div className="group-card__header">
        <h3 id={headingId} className="card__title group-card__title" lang={group.language}>
          <Link to={`/groups/${group.slug}`}>{group.name}</Link>
        </h3>
        <UnreadBadge count={group.unreadCount} />
      </div>
      <p className="group-card__description" lang={group.language}>
        {group.description}
      </p>
      <ul className="meta-list">
        <li>{t('groups.memberCount', { count: group.memberCount })}</li>
        <li>
          <GroupCountries group={group} />
        </li>
        <li>{t(`groups.joinPolicies.${group.joinPolicy}`)}</li>
        <li>{group.visibility === 'public' ? t('groups.publicRead') : t('groups.membersOnly')}</li>
      </ul>
      {group.howToJoin === 'member' || group.howToJoin === 'requested' ? null : (
        <p className="group-card__join">
          <span className="group-card__join-label">{t('groups.howToJoinLabel')}:</span>{' '}
          {t(`groups.howToJoin.${group.howToJoin}`)}
        </p>
      )}
      <MembershipBadge group={group} />
      <ArchivedBadge group={group} />
    </li>
  );
}
