import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../lib/currentUser';
import { ModerationNavLink } from '../features/moderation';
import { NAV_ITEMS } from './navigation';

export function MainNav() {
  const { t } = useTranslation();
  const { user, isPending } = useCurrentUser();
  if (isPending) return <nav className="main-nav" aria-label={t('nav.mainLabel')} />;
  const items = NAV_ITEMS.filter((item) => item.visible(user));
  return (
    <nav className="main-nav" aria-label={t('nav.mainLabel')}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="main-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
        {user ? <ModerationNavLink className="main-nav__link" /> : null}
      </ul>
    </nav>
  );
}
