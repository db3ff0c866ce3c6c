import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useMyMeetings } from '../hooks/useMeetings';
import { MeetingItem } from './MeetingItem';

/** The next few meetings of the member's groups and of the network, for the home page. */
export function UpcomingMeetings({ limit = 5 }: { limit?: number }) {
  const { t } = useTranslation();
  const list = useMyMeetings(limit);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const meetings = list.data.pages[0]?.items ?? [];
  return (
    <>
      {meetings.length === 0 ? (
        <EmptyState title={t('meetings.emptyUpcoming')} headingLevel={3}>
          <p>{t('meetings.emptyUpcomingText')}</p>
        </EmptyState>
      ) : (
        <ul className="meeting-list" aria-label={t('meetings.upcomingTitle')}>
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-item">
              <MeetingItem meeting={meeting} showGroup />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/meetings">{t('meetings.allLink')}</Link>
      </p>
    </>
  );
}
