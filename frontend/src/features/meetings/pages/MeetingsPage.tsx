import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel';
import { MeetingItem } from '../components/MeetingItem';
import { useMyMeetings } from '../hooks/useMeetings';

/** My meetings: what is coming in my groups and the network, and my private calendar feed. */
export function MeetingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('meetings.title'));
  const list = useMyMeetings();
  return (
    <div className="page">
      <h1>{t('meetings.title')}</h1>
      <p className="lead">{t('meetings.intro')}</p>
      <section className="section" aria-labelledby="my-meetings-upcoming">
        <h2 id="my-meetings-upcoming">{t('meetings.upcomingTitle')}</h2>
        <PagedResults
          list={list}
          className="meeting-list"
          label={t('meetings.upcomingTitle')}
          empty={
            <EmptyState title={t('meetings.emptyUpcoming')} headingLevel={3}>
              <p>{t('meetings.emptyUpcomingText')}</p>
            </EmptyState>
          }
        >
          {(meeting) => (
            <li key={meeting.id} className="meeting-item">
              <MeetingItem meeting={meeting} showGroup />
            </li>
          )}
        </PagedResults>
      </section>
      <section className="section" aria-labelledby="my-meetings-feed">
        <h2 id="my-meetings-feed">{t('meetings.feed.title')}</h2>
        <CalendarFeedPanel />
      </section>
    </div>
  );
}
