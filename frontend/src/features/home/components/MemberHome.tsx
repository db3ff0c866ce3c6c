import type { User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, VETTING_ROLES } from '../../../lib/permissions';
import { MyGroups } from '../../groups';
import { UpcomingMeetings } from '../../meetings';

/** The welcome for active members: their groups with what is unread, and shortcuts. */
export function MemberHome({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('home.member.title', { name: user.displayName })}</h1>
      <p className="lead">{t('home.member.lead')}</p>

      <section className="section" aria-labelledby="home-meetings">
        <h2 id="home-meetings">{t('home.member.meetingsTitle')}</h2>
        <UpcomingMeetings />
      </section>

      <section className="section" aria-labelledby="home-groups">
        <h2 id="home-groups">{t('home.member.groupsTitle')}</h2>
        <MyGroups headingId="home-groups" />
      </section>

      <section className="section" aria-labelledby="home-shortcuts">
        <h2 id="home-shortcuts">{t('home.member.shortcutsTitle')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/groups">{t('home.member.groupsLink')}</Link>
          </li>
          <li>
            <Link to="/notifications">{t('home.member.notificationsLink')}</Link>
          </li>
          <li>
            <Link to="/profile">{t('home.member.profileLink')}</Link>
          </li>
          {hasRole(user, VETTING_ROLES) ? (
            <li>
              <Link to="/admin/vetting">{t('home.member.vettingLink')}</Link>
            </li>
          ) : null}
        </ul>
      </section>
    </div>
  );
}
