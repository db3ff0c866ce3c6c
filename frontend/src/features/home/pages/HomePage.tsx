import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { isActive } from '../../../lib/permissions';
import { MemberHome } from '../components/MemberHome';
import { VisitorHome } from '../components/VisitorHome';

export function HomePage() {
  const { t } = useTranslation();
  const { user, isPending, error, refetch } = useCurrentUser();
  usePageTitle(user ? t('home.member.pageTitle') : t('home.visitor.pageTitle'));

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} title={t('errors.sessionCheckFailed')} />;
  if (!user) return <VisitorHome />;
  if (!isActive(user)) return <Navigate to="/pending" replace />;
  return <MemberHome user={user} />;
}
