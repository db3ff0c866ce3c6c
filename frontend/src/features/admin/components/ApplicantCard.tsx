import type { User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { useLocale } from '../../../lib/useLocale';

interface ApplicantCardProps {
  user: User;
  approving: boolean;
  disabled: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** One pending application: who they are, and the two decisions. */
export function ApplicantCard({ user, approving, disabled, onApprove, onReject }: ApplicantCardProps) {
  const { t } = useTranslation();
  const { formatDate, countryName, languageName, formatList } = useLocale();
  const headingId = `applicant-${user.id}`;
  return (
    <article className="card applicant" aria-labelledby={headingId}>
      <header className="applicant__header">
        <h2 id={headingId} className="applicant__name">
          {user.displayName}
        </h2>
        <p className="muted">{t('admin.vetting.appliedOn', { date: formatDate(user.createdAt) })}</p>
      </header>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>
            <a href={`mailto:${user.email}`}>{user.email}</a>{' '}
            <span className={user.emailConfirmed ? 'badge badge--active' : 'badge badge--pending'}>
              {user.emailConfirmed ? t('admin.vetting.emailConfirmed') : t('admin.vetting.emailUnconfirmed')}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('fields.profession')}</dt>
          <dd>{t(`professions.${user.profession}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{countryName(user.country)}</dd>
        </div>
        <div>
          <dt>{t('fields.organisation')}</dt>
          <dd>{user.organisation ?? t('common.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('fields.languages')}</dt>
          <dd>{user.languages.length > 0 ? formatList(user.languages.map(languageName)) : t('common.notGiven')}</dd>
        </div>
      </dl>
      <div className="actions-row">
        <Button onClick={onApprove} busy={approving} busyLabel={t('admin.vetting.approving')} disabled={disabled}>
          {t('admin.vetting.approve')}
          <span className="visually-hidden"> {user.displayName}</span>
        </Button>
        <Button variant="danger" onClick={onReject} disabled={disabled || approving}>
          {t('admin.vetting.reject')}
          <span className="visually-hidden"> {user.displayName}</span>
        </Button>
      </div>
    </article>
  );
}
