import type { Meeting } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { MessageBody } from '../../../components/MessageBody';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { ErrorState, LoadingState } from '../../../components/States';
import { useCurrentUser } from '../../../lib/currentUser';
import { isApiError } from '../../../lib/http';
import type { AppLocationState } from '../../../lib/locationState';
import { errorMessage } from '../../../lib/messages';
import { usePageTitle } from '../../../lib/usePageTitle';
import { icsHref } from '../api';
import { AnswerControls } from '../components/AnswerControls';
import { AttendeeTable } from '../components/AttendeeTable';
import { useCancelMeeting, useMeeting } from '../hooks/useMeetings';
import { formatLocale } from '../locale';
import { formatSpan, readerTimeZone } from '../time';

/** A meeting: when (in the reader's zone and the meeting's), where, the agenda, answers, minutes and outputs. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { user } = useCurrentUser();
  const query = useMeeting(id);
  usePageTitle(query.data?.title ?? t('meetings.title'));
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    if (notFound && !user) {
      const state: AppLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
      return <Navigate to="/login" replace state={state} />;
    }
    if (notFound) return <NotFoundPage />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <MeetingDetails meeting={query.data} />;
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.language);
  const own = readerTimeZone();
  const [cancelling, setCancelling] = useState(false);
  const cancel = useCancelMeeting(meeting.id);
  const yours = formatSpan(meeting.startsAt, meeting.endsAt, locale, own);
  const planned = formatSpan(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone);

  return (
    <div className="page meeting-page">
      <p className="breadcrumb">
        <Link to={`/groups/${meeting.group.slug}`}>{meeting.group.name}</Link>
      </p>
      <header className="meeting-page__header">
        <h1>{meeting.title}</h1>
        <ul className="meta-list">
          {meeting.networkWide ? <li className="badge">{t('meetings.networkWide')}</li> : null}
          {meeting.cancelled ? <li className="badge badge--suspended">{t('meetings.cancelled')}</li> : null}
          {meeting.organiser ? <li>{t('meetings.organiser', { name: meeting.organiser.displayName })}</li> : null}
        </ul>
      </header>
      {meeting.cancelled ? (
        <div className="alert alert--info">
          <p>{t('meetings.manage.cancelledNote')}</p>
        </div>
      ) : null}

      <dl className="meeting-facts">
        <dt>{t('meetings.yourTime', { zone: own })}</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{yours}</time>
        </dd>
        {own !== meeting.timeZone ? (
          <>
            <dt>{t('meetings.form.zoneLabel')}</dt>
            <dd>{t('meetings.plannedIn', { zone: meeting.timeZone, time: planned })}</dd>
          </>
        ) : null}
        {meeting.onlineUrl ? (
          <>
            <dt>{t('meetings.online')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {t('meetings.joinOnline')}
              </a>{' '}
              <span className="meeting-facts__url">{meeting.onlineUrl}</span>
            </dd>
          </>
        ) : null}
        {meeting.location ? (
          <>
            <dt>{t('meetings.place')}</dt>
            <dd>{meeting.location}</dd>
          </>
        ) : null}
        <dt>{t('meetings.attendees.title')}</dt>
        <dd>
          {meeting.capacity === null
            ? t('meetings.placesUnlimited', { going: meeting.going })
            : t('meetings.places', { going: meeting.going, capacity: meeting.capacity })}
          {' · '}
          {t('meetings.counts', { going: meeting.going, maybe: meeting.maybe, waitlisted: meeting.waitlisted })}
        </dd>
      </dl>

      <p className="actions-row">
        <a className="button button--secondary" href={icsHref(meeting.id)} download>
          {t('meetings.download')}
        </a>
        {meeting.threadId ? (
          <Link className="button button--secondary" to={`/threads/${meeting.threadId}`}>
            {t('meetings.thread')}
          </Link>
        ) : null}
        {meeting.canManage && !meeting.cancelled ? (
          <>
            <Link className="button button--secondary" to={`/meetings/${meeting.id}/edit`}>
              {t('meetings.manage.edit')}
            </Link>
            <Button variant="danger" onClick={() => setCancelling(true)}>
              {t('meetings.manage.cancel')}
            </Button>
          </>
        ) : null}
      </p>

      {meeting.canRespond ? (
        <section className="section" aria-labelledby="meeting-answer-title">
          <AnswerControls meeting={meeting} />
        </section>
      ) : meeting.myResponse ? (
        <p className="muted">{t('meetings.answer.closed')}</p>
      ) : null}

      <section className="section" aria-labelledby="meeting-agenda-title">
        <h2 id="meeting-agenda-title">{t('meetings.agenda')}</h2>
        <MessageBody body={meeting.agenda} />
      </section>

      {meeting.minutes ? (
        <section className="section" aria-labelledby="meeting-minutes-title">
          <h2 id="meeting-minutes-title">{t('meetings.minutes')}</h2>
          <MessageBody body={meeting.minutes} />
        </section>
      ) : null}

      {meeting.outputs.length > 0 || meeting.canManage ? (
        <section className="section" aria-labelledby="meeting-outputs-title">
          <h2 id="meeting-outputs-title">{t('meetings.outputs')}</h2>
          {meeting.outputs.length === 0 ? (
            <p className="muted">{t('meetings.outputsNone')}</p>
          ) : (
            <ul className="link-list">
              {meeting.outputs.map((output) => (
                <li key={output.id}>
                  <Link to={`/resources/${output.id}`}>{output.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {meeting.attendees ? (
        <section className="section" aria-labelledby="meeting-attendees-title">
          <h2 id="meeting-attendees-title">{t('meetings.attendees.title')}</h2>
          <p className="field__hint">{t('meetings.attendees.hint')}</p>
          <AttendeeTable attendees={meeting.attendees} />
        </section>
      ) : null}

      {cancelling ? (
        <ConfirmDialog
          title={t('meetings.manage.cancelTitle')}
          confirmLabel={t('meetings.manage.cancelConfirm')}
          busyLabel={t('meetings.manage.cancelling')}
          danger
          busy={cancel.isPending}
          errors={cancel.error ? [errorMessage(cancel.error)] : []}
          onCancel={() => setCancelling(false)}
          onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setCancelling(false) })}
        >
          <p>{t('meetings.manage.cancelText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
