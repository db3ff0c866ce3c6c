import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { VisitorHome } from '../components/VisitorHome';

// A member's home (their groups, meetings and notifications) with its texts: not part of a visitor's first page.
const MemberHome = lazy(() => import('../member'));

export function HomePage() {
  const { t } = useTranslation();
  const { user, isPending, error, refetch } = useCurrentUser();
  usePageTitle(user ? t('home.member.pageTitle') : t('home.visitor.pageTitle'));

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} title={t('errors.sessionCheckFailed')} />;
  if (!user) return <VisitorHome />;
  if (!isActive(user)) return <Navigate to="/pending" replace />;
  return (
    <Suspense fallback={<LoadingState />}>
      <MemberHome user={user} />
    </Suspense>
  );
}
