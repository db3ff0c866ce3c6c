import type { MeetingAttendee } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../locale';
import { formatShort, readerTimeZone } from '../time';

/** Who answered going or maybe, and who waits: for the organisers. */
export function AttendeeTable({ attendees }: { attendees: MeetingAttendee[] }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.language);
  if (attendees.length === 0) return <p className="muted">{t('meetings.attendees.empty')}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={t('meetings.attendees.tableLabel')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('meetings.attendees.name')}</th>
            <th scope="col">{t('meetings.attendees.answer')}</th>
            <th scope="col">{t('meetings.attendees.since')}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee) => (
            <tr key={attendee.id}>
              <td>{attendee.displayName}</td>
              <td>
                {attendee.waitlisted ? t('meetings.attendees.waiting') : t(`meetings.answer.${attendee.response}`)}
              </td>
              <td>
                <time dateTime={attendee.respondedAt}>
                  {formatShort(attendee.respondedAt, locale, readerTimeZone())}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
