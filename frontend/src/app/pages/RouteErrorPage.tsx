import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/Button';
import { usePageTitle } from '../../lib/usePageTitle';
import { NotFoundPage } from '../../components/NotFoundPage';
import { isCodeLoadError } from './codeLoadError';

/**
 * Shown when a page could not be shown: its code did not arrive (offer a reload, which fetches the current
 * release), or rendering it failed unexpectedly (a bug: say so plainly and offer a way out).
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const codeMissing = isCodeLoadError(error);
  usePageTitle(codeMissing ? t('routeError.codeTitle') : t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (codeMissing) {
    return (
      <div className="page page--narrow" role="alert">
        <h1>{t('routeError.codeTitle')}</h1>
        <p>{t('routeError.codeText')}</p>
        <p>
          <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        </p>
      </div>
    );
  }
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
