import type { User } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/useLocale';

/** What the person cannot edit themselves: email, role, status, dates. */
export function AccountSummary({ user }: { user: User }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  return (
    <section className="section" aria-labelledby="profile-account-title">
      <h2 id="profile-account-title">{t('profile.account.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('fields.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.status')}</dt>
          <dd>
            <span className={`badge badge--${user.status}`}>{t(`statuses.${user.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('profile.account.applied')}</dt>
          <dd>{formatDate(user.createdAt)}</dd>
        </div>
        {user.approvedAt ? (
          <div>
            <dt>{t('profile.account.approved')}</dt>
            <dd>{formatDate(user.approvedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('profile.account.emailNote')}</p>
    </section>
  );
}
