import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { NotFoundPage } from '../../components/NotFoundPage';

/** Shown when rendering a page failed unexpectedly (a bug): say so plainly and offer a way out. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="page page--narrow" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <p>
        {/* A full reload: the app's state may be what broke. */}
        <a href="/">{t('common.backHome')}</a>
      </p>
    </div>
  );
}
