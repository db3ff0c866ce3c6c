import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '../../../components/PagedResults';
import { useGroupMeetings } from '../hooks/useMeetings';
import { MeetingItem } from './MeetingItem';

/** A group's meetings on its page: the coming ones, and past ones with what they produced. */
export function GroupMeetings({
  slug,
  readable,
  canSchedule,
}: {
  slug: string;
  readable: boolean;
  canSchedule: boolean;
}) {
  const { t } = useTranslation();
  const upcoming = useGroupMeetings(slug, 'upcoming', readable);
  const past = useGroupMeetings(slug, 'past', readable);
  if (!readable) return <p>{t('meetings.membersOnlyText')}</p>;
  return (
    <div className="group-meetings">
      {canSchedule ? (
        <p className="actions-row">
          <Link to={`/groups/${slug}/meetings/new`} className="button button--secondary button--small">
            {t('meetings.schedule')}
          </Link>
        </p>
      ) : null}
      <h3 id="meetings-upcoming">{t('meetings.upcomingTitle')}</h3>
      <PagedResults
        list={upcoming}
        className="meeting-list"
        label={t('meetings.upcomingTitle')}
        empty={<p className="muted">{t('meetings.emptyGroupUpcoming')}</p>}
      >
        {(meeting) => (
          <li key={meeting.id} className="meeting-item">
            <MeetingItem meeting={meeting} />
          </li>
        )}
      </PagedResults>
      <h3 id="meetings-past">{t('meetings.pastTitle')}</h3>
      <PagedResults
        list={past}
        className="meeting-list"
        label={t('meetings.pastTitle')}
        empty={<p className="muted">{t('meetings.emptyGroupPast')}</p>}
      >
        {(meeting) => (
          <li key={meeting.id} className="meeting-item">
            <MeetingItem meeting={meeting} showOutputs />
          </li>
        )}
      </PagedResults>
    </div>
  );
}
