import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { useHistory } from '../hooks/usePractices';

/** Every step of the practice's curation: who submitted, published, returned or archived which revision. */
export function HistoryList({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const history = useHistory(practiceId, true);
  return (
    <section className="section" id="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('practices.history.title')}</h2>
      {history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <p className="muted">{t('practices.history.empty')}</p>
      ) : (
        <ol className="history-list">
          {history.data.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt} className="muted">
                {formatDateTime(event.createdAt)}
              </time>{' '}
              {t(`practices.history.actions.${event.action}`, {
                actor: event.actor?.displayName ?? t('practices.history.someone'),
                revision: event.revision,
              })}
              {event.comment ? (
                <p className="history-list__comment">{t('practices.history.comment', { comment: event.comment })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
