import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { clearLeaving } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { SearchBox } from '../features/search';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { SiteMenu } from './SiteMenu';
import { UserMenu } from './UserMenu';

/** The shell around every page: skip link, header with navigation, language and account, then <main>. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a client-side navigation, move focus to the new page's content, as a full page load would.
  useEffect(() => {
    clearLeaving();
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
          mainRef.current?.scrollIntoView();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          {/* On a phone the bell stays beside the menu button, so that unread notifications show without opening it. */}
          <div className="site-header__bell">
            <NotificationBell />
          </div>
          <SiteMenu>
            <MainNav />
            <SearchBox />
            <div className="site-header__tools">
              <NotificationBell />
              <LanguageSwitcher />
              <UserMenu />
            </div>
          </SiteMenu>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.text')}</p>
          <p>
            <Link to="/evidence/rule">{t('footer.evidenceRule')}</Link>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
