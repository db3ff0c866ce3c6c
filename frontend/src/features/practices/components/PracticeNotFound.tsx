import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';

/**
 * A practice that does not exist, or that the reader may not see (a draft of someone else): the two look
 * the same, so that the page gives nothing away. Visitors are offered to sign in.
 */
export function PracticeNotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useCurrentUser();
  usePageTitle(t('practices.page.notFoundTitle'));
  const state: AppLocationState = { from: `${location.pathname}${location.search}` };
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/practices">{t('practices.title')}</Link>
      </p>
      <h1>{t('practices.page.notFoundTitle')}</h1>
      <p>{t('practices.page.notFoundText')}</p>
      {!user ? (
        <p>
          {t('practices.page.signInHint')}{' '}
          <Link to="/login" state={state}>
            {t('practices.page.signIn')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
