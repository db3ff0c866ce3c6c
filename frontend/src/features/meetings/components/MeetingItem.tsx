import type { Meeting } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLocale } from '../locale';
import { formatShort, readerTimeZone } from '../time';

/** One meeting in a list: when (in the reader's zone), what, where it belongs, and the reader's answer. */
export function MeetingItem({
  meeting,
  showGroup,
  showOutputs,
}: {
  meeting: Meeting;
  showGroup?: boolean;
  showOutputs?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.language);
  return (
    <>
      <p className="meeting-item__when">
        <time dateTime={meeting.startsAt}>{formatShort(meeting.startsAt, locale, readerTimeZone())}</time>
      </p>
      <h3 className="meeting-item__title">
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </h3>
      <ul className="meta-list">
        {showGroup ? <li>{meeting.group.name}</li> : null}
        {meeting.networkWide ? <li className="badge">{t('meetings.networkWide')}</li> : null}
        {meeting.cancelled ? <li className="badge badge--suspended">{t('meetings.cancelled')}</li> : null}
        {meeting.myResponse && !meeting.cancelled ? (
          <li>
            {meeting.myWaitlisted
              ? t('meetings.attendees.waiting')
              : t('meetings.answer.mine', { answer: t(`meetings.answer.${meeting.myResponse}`) })}
          </li>
        ) : null}
      </ul>
      {showOutputs && meeting.outputs.length > 0 ? (
        <ul className="meeting-item__outputs" aria-label={t('meetings.outputs')}>
          {meeting.outputs.map((output) => (
            <li key={output.id}>
              <Link to={`/resources/${output.id}`}>{output.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
