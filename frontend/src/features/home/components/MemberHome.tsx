import type { User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/States';
import { hasRole, VETTING_ROLES } from '../../auth/permissions';

/** The welcome for active members. Working groups are not built yet: say so rather than show fake data. */
export function MemberHome({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('home.member.title', { name: user.displayName })}</h1>
      <p className="lead">{t('home.member.lead')}</p>

      <section className="section" aria-labelledby="home-groups">
        <h2 id="home-groups">{t('home.member.groupsTitle')}</h2>
        <EmptyState title={t('home.member.groupsEmptyTitle')} headingLevel={3}>
          <p>{t('home.member.groupsEmptyText')}</p>
        </EmptyState>
      </section>

      <section className="section" aria-labelledby="home-shortcuts">
        <h2 id="home-shortcuts">{t('home.member.shortcutsTitle')}</h2>
        <ul className="link-list">
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
