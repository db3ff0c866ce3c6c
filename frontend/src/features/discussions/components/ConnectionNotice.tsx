import { useTranslation } from 'react-i18next';
import { useConnectionState, useRoomJoined } from '../../../lib/socket';

/**
 * Whether the thread is live: "Live" once its room is joined, "Connecting…" before, and a notice while
 * the connection is lost (everything missed meanwhile is fetched once it is back). Nothing for visitors.
 */
export function ConnectionNotice({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const state = useConnectionState();
  const joined = useRoomJoined(threadId);
  const lost = state === 'reconnecting';
  return (
    <>
      {state !== 'closed' && !lost ? (
        <p className={['live-status', joined ? 'live-status--live' : ''].filter(Boolean).join(' ')}>
          <span className="live-status__dot" aria-hidden="true" />
          {joined ? t('discussions.connection.live') : t('discussions.connection.connecting')}
        </p>
      ) : null}
      <div className={lost ? 'alert alert--info' : 'live-region--empty'} role="status" aria-live="polite">
        {lost ? t('discussions.connection.reconnecting') : ''}
      </div>
    </>
  );
}
