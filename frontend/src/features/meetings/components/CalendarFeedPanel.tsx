import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useCalendarFeed, useRenewCalendarFeed } from '../hooks/useMeetings';

/** The member's private calendar feed: its address to copy, and a way to retire it. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const feed = useCalendarFeed(true);
  const renew = useRenewCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (feed.isPending) return <LoadingState />;
  if (feed.isError) return <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed.data.url);
      setStatus(t('meetings.feed.copied'));
    } catch {
      setStatus(null);
    }
  };
  return (
    <div className="calendar-feed">
      <p>{t('meetings.feed.text')}</p>
      <label htmlFor="calendar-feed-url" className="field__label">
        {t('meetings.feed.label')}
      </label>
      <input
        id="calendar-feed-url"
        className="input calendar-feed__url"
        readOnly
        value={feed.data.url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="field__hint">{t('meetings.feed.warning')}</p>
      <div className="actions-row">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('meetings.feed.copy')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('meetings.feed.renew')}
        </Button>
      </div>
      <StatusMessage message={status} />
      {confirming ? (
        <ConfirmDialog
          title={t('meetings.feed.renewTitle')}
          confirmLabel={t('meetings.feed.renewConfirm')}
          busyLabel={t('meetings.feed.renewing')}
          busy={renew.isPending}
          errors={renew.error ? [errorMessage(renew.error)] : []}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            renew.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                setStatus(t('meetings.feed.renewed'));
              },
            })
          }
        >
          <p>{t('meetings.feed.renewText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
