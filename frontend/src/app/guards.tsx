import type { Role } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/States';
import { useCurrentUser } from '../lib/currentUser';
import { hasRole, isActive, needsSecondFactor, SECURITY_PATH } from '../lib/permissions';
import { isLeaving } from '../features/auth';
import { readLocationState, type AppLocationState } from '../lib/locationState';
import { ForbiddenPage } from '../components/ForbiddenPage';

interface RequireSignedInProps {
  /** Pending (and suspended) accounts may see this page too: their application status and their profile. */
  allowNotYetActive?: boolean;
  /** Only these roles (of an active account) may see the page; others see "not allowed". */
  roles?: readonly Role[];
}

/**
 * Guards member pages: visitors are sent to sign in (and brought back afterwards), accounts that are not
 * active yet to their application status, and the wrong role sees a "not allowed" page.
 */
export function RequireSignedIn({ allowNotYetActive = false, roles }: RequireSignedInProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, isPending, error, refetch } = useCurrentUser();

  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} title={t('errors.sessionCheckFailed')} />;
  if (!user) {
    if (isLeaving(location.pathname)) return null;
    const state: AppLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!isActive(user) && !allowNotYetActive) return <Navigate to="/pending" replace />;
  if (roles && hasRole(user, roles) && needsSecondFactor(user)) {
    // Their role needs a second factor first: the security page explains, and brings them back after.
    const state: AppLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to={SECURITY_PATH} replace state={state} />;
  }
  if (roles && !hasRole(user, roles)) return <ForbiddenPage />;
  return <Outlet />;
}

/**
 * Sign-in and sign-up are for visitors; a signed-in person goes where they were heading, or first to set up
 * the second factor their role needs.
 */
export function GuestOnly() {
  const location = useLocation();
  const { user, isPending } = useCurrentUser();
  if (isPending) return <LoadingState />;
  if (user) {
    const { from } = readLocationState(location.state);
    // A coordinator or admin without a second factor sets one up first (then goes on to `from`).
    if (needsSecondFactor(user))
      return <Navigate to={SECURITY_PATH} replace state={{ from } satisfies AppLocationState} />;
    return <Navigate to={from ?? (isActive(user) ? '/' : '/pending')} replace />;
  }
  return <Outlet />;
}
