import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { readLocationState } from '../../../lib/locationState';
import { LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { PasskeysSection } from '../components/PasskeysSection';
import { RecoveryCodesSection } from '../components/RecoveryCodesSection';
import { SessionsSection } from '../components/SessionsSection';
import { TotpSection } from '../components/TotpSection';
import '../security.css';

/**
 * Second factors and sessions. A coordinator or admin without a second factor is sent here first: the page
 * says why, and once one is set up, offers the way back to where they were going.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.title'));
  const { user } = useCurrentUser();
  const { from } = readLocationState(useLocation().state);
  if (!user?.secondFactor) return <LoadingState />;
  const status = user.secondFactor;
  const role = t(`roles.${user.role}`).toLocaleLowerCase();

  return (
    <div className="page page--narrow">
      <h1>{t('security.title')}</h1>
      <p className="lead">{t('security.intro')}</p>
      {status.required && !status.enrolled ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">{t('security.required.title')}</p>
          <p>{t('security.required.text', { role })}</p>
        </div>
      ) : null}
      {status.required && status.enrolled && from ? (
        <div className="alert alert--success" role="status">
          <p>{t('security.required.done', { role })}</p>
          <p>
            <Link to={from}>{t('security.required.continue')}</Link>
          </p>
        </div>
      ) : null}
      <div className="card">
        <TotpSection user={user} status={status} />
      </div>
      <div className="card">
        <PasskeysSection user={user} />
      </div>
      {status.enrolled ? (
        <div className="card">
          <RecoveryCodesSection user={user} status={status} />
        </div>
      ) : null}
      <div className="card">
        <SessionsSection />
      </div>
      <p>
        <Link to="/profile">{t('security.backToProfile')}</Link>
      </p>
    </div>
  );
}
