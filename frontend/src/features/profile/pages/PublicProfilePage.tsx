import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/States';
import { isApiError } from '../../../lib/http';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { usePublicProfile } from '../hooks/usePublicProfile';

/** Another active member's public profile. */
export function PublicProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { formatDate, countryName, languageName, formatList } = useLocale();
  const profile = usePublicProfile(id);
  usePageTitle(profile.data?.displayName ?? t('publicProfile.title'));

  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    if (isApiError(profile.error) && (profile.error.status === 404 || profile.error.status === 400))
      return <NotFoundPage />;
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const member = profile.data;
  return (
    <div className="page page--narrow">
      <h1>{member.displayName}</h1>
      <dl className="facts card">
        <div>
          <dt>{t('fields.role')}</dt>
          <dd>{t(`roles.${member.role}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.profession')}</dt>
          <dd>{t(`professions.${member.profession}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{countryName(member.country)}</dd>
        </div>
        {member.organisation ? (
          <div>
            <dt>{t('fields.organisation')}</dt>
            <dd>{member.organisation}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('fields.languages')}</dt>
          <dd>{member.languages.length > 0 ? formatList(member.languages.map(languageName)) : t('common.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('publicProfile.memberSince')}</dt>
          <dd>{formatDate(member.memberSince)}</dd>
        </div>
      </dl>
    </div>
  );
}
