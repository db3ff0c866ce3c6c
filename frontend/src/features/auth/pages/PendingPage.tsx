import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Button } from '../../../components/Button';
import { LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { UnconfirmedNotice } from '../../email';
import { useSignOut } from '../hooks/useSessionEnd';
import { meQuery } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';

/** What a pending (or suspended) account sees: where its application stands, its profile, and sign out. */
export function PendingPage() {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  // Check now and then, so that an approval takes the person in without a reload.
  const user = useQuery({ ...meQuery, refetchInterval: 60_000 }).data ?? null;
  const { signOut, isPending: signingOut } = useSignOut();
  const suspended = user?.status === 'suspended';
  usePageTitle(suspended ? t('auth.suspended.title') : t('auth.pending.title'));

  if (!user) return <LoadingState />;
  if (isActive(user)) return <Navigate to="/" replace />;

  return (
    <div className="page page--narrow">
      {suspended ? (
        <>
          <h1>{t('auth.suspended.title')}</h1>
          <p className="lead">{t('auth.suspended.text')}</p>
        </>
      ) : (
        <>
          <h1>{t('auth.pending.title')}</h1>
          <p className="lead">{t('auth.pending.text')}</p>
          <UnconfirmedNotice user={user} />
          <div className="card">
            <h2>{t('auth.pending.nextTitle')}</h2>
            <ol className="steps">
              <li>{t('auth.pending.steps.received', { date: formatDate(user.createdAt) })}</li>
              <li>{t('auth.pending.steps.review')}</li>
              <li>{t('auth.pending.steps.access')}</li>
            </ol>
          </div>
        </>
      )}
      <div className="actions-row">
        <Link to="/profile" className="button button--secondary">
          {t('auth.pending.profileLink')}
        </Link>
        <Button variant="secondary" onClick={signOut} busy={signingOut} busyLabel={t('nav.signingOut')}>
          {t('nav.signOut')}
        </Button>
      </div>
    </div>
  );
}
