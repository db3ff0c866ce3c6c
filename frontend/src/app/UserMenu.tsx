import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../components/Button';
import { useSignOut } from '../features/auth';
import { useCurrentUser } from '../lib/currentUser';

/** The signed-in person's name and "sign out", or the ways in for a visitor. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, isPending } = useCurrentUser();
  const { signOut, isPending: signingOut } = useSignOut();

  if (isPending) return null;
  if (!user) {
    return (
      <div className="user-menu">
        <Link to="/login" className="button button--secondary button--small">
          {t('nav.signIn')}
        </Link>
        <Link to="/register" className="button button--primary button--small">
          {t('nav.applyToJoin')}
        </Link>
      </div>
    );
  }

  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('nav.signedInAs')} </span>
        <Link to="/profile">{user.displayName}</Link>
      </span>
      <Button
        variant="secondary"
        className="button--small"
        onClick={signOut}
        busy={signingOut}
        busyLabel={t('nav.signingOut')}
      >
        {t('nav.signOut')}
      </Button>
    </div>
  );
}
