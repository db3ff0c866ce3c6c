import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { AppLocationState } from '../../../lib/locationState';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';

/**
 * A resource that does not exist, or that the reader may not see: the two look the same, so that the page
 * gives nothing away about what is shared in groups. Visitors are offered to sign in.
 */
export function ResourceNotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useCurrentUser();
  usePageTitle(t('resources.page.notFoundTitle'));
  const state: AppLocationState = { from: `${location.pathname}${location.search}` };
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/resources">{t('resources.title')}</Link>
      </p>
      <h1>{t('resources.page.notFoundTitle')}</h1>
      <p>{t('resources.page.notFoundText')}</p>
      {!user ? (
        <p>
          {t('resources.page.signInHint')}{' '}
          <Link to="/login" state={state}>
            {t('resources.page.signIn')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
