import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCurrentUser } from '../../../lib/currentUser';
import { SECURITY_PATH } from '../../../lib/permissions';
import { EmailChangeForm } from '../../email';
import { AccountSummary } from '../components/AccountSummary';
import { EraseSection } from '../components/EraseSection';
import { ExportSection } from '../components/ExportSection';
import { PasswordForm } from '../components/PasswordForm';
import { ProfileDetailsForm } from '../components/ProfileDetailsForm';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { user } = useCurrentUser();
  if (!user) return <LoadingState />;
  return (
    <div className="page page--narrow">
      <h1>{t('profile.title')}</h1>
      <div className="card">
        <AccountSummary user={user} />
      </div>
      <div className="card">
        <ProfileDetailsForm key={user.id} user={user} />
      </div>
      <div className="card">
        <EmailChangeForm user={user} />
      </div>
      <div className="card">
        <PasswordForm />
      </div>
      <div className="card">
        <Link to={SECURITY_PATH}>{t('security.profileLink')}</Link>
      </div>
      <div className="card">
        <ExportSection />
      </div>
      <div className="card card--danger">
        <EraseSection />
      </div>
    </div>
  );
}
