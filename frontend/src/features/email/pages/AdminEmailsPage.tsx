import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useAdminEmails } from '../hooks/usePagedList';
import '../email.css';

/** Recent emails and where they stand (admins): state, attempts and why one failed. Never content or links. */
export function AdminEmailsPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.admin.title'));
  const { formatDateTime } = useLocale();
  const list = useAdminEmails();

  return (
    <div className="page page--wide">
      <h1>{t('email.admin.title')}</h1>
      <p className="lead">{t('email.admin.intro')}</p>
      <PagedResults
        list={list}
        empty={<EmptyState title={t('email.admin.empty')} />}
        renderItems={(emails) => (
          <>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('email.admin.columns.to')}</th>
                    <th scope="col">{t('email.admin.columns.kind')}</th>
                    <th scope="col">{t('email.admin.columns.state')}</th>
                    <th scope="col">{t('email.admin.columns.attempts')}</th>
                    <th scope="col">{t('email.admin.columns.created')}</th>
                    <th scope="col">{t('email.admin.columns.sent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {emails.map((email) => (
                    <tr key={email.id}>
                      <td>{email.to}</td>
                      <td>
                        <code>{email.kind}</code>
                      </td>
                      <td>
                        <span className={`email-state email-state--${email.state}`}>
                          {t(`email.admin.states.${email.state}`)}
                        </span>
                        {email.error ? <span className="email-error">{email.error}</span> : null}
                      </td>
                      <td>{email.attempts}</td>
                      <td>{formatDateTime(email.createdAt)}</td>
                      <td>{email.sentAt ? formatDateTime(email.sentAt) : t('email.admin.notSent')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      />
    </div>
  );
}
