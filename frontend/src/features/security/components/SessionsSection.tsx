import type { SessionSummary } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/States';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { useEndSession as useEndThisSession } from '../../auth';
import { deviceOf } from '../device';
import { useEndSession, useSessions } from '../hooks/useSecurity';

/** Every device the person is signed in on, in plain words, each of which they can sign out. */
export function SessionsSection() {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const sessions = useSessions();
  const end = useEndSession();
  const leave = useEndThisSession();
  const [ending, setEnding] = useState<SessionSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const deviceLabel = (session: SessionSummary) => {
    const { browser, os } = deviceOf(session.userAgent);
    if (browser && os) return t('security.sessions.device', { browser, os });
    return browser ?? os ?? session.userAgent?.slice(0, 60) ?? t('security.sessions.unknownDevice');
  };

  const confirmEnd = (session: SessionSummary) =>
    end.mutate(session.id, {
      onSuccess: () => {
        setEnding(null);
        if (session.current) void leave('/', { notice: 'signedOut' });
        else setNotice(t('security.sessions.ended', { device: deviceLabel(session) }));
      },
    });

  return (
    <section className="section stack" aria-labelledby="security-sessions-title">
      <h2 id="security-sessions-title">{t('security.sessions.title')}</h2>
      <p>{t('security.sessions.intro')}</p>
      <StatusMessage message={notice} />
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.error ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className="security-list" aria-label={t('security.sessions.listLabel')}>
          {sessions.data.map((session) => (
            <li key={session.id} className="security-list__item">
              <div>
                <p className="security-list__name">
                  {deviceLabel(session)}
                  {session.current ? (
                    <span className="badge badge--active">{t('security.sessions.thisDevice')}</span>
                  ) : null}
                </p>
                <dl className="facts facts--compact">
                  <div>
                    <dt>{t('security.sessions.address')}</dt>
                    <dd>{session.ip ?? t('security.sessions.unknownAddress')}</dd>
                  </div>
                  <div>
                    <dt>{t('security.sessions.lastSeen')}</dt>
                    <dd>{formatDateTime(session.lastSeenAt)}</dd>
                  </div>
                  <div>
                    <dt>{t('security.sessions.signedIn')}</dt>
                    <dd>{formatDateTime(session.createdAt)}</dd>
                  </div>
                </dl>
              </div>
              <Button
                variant="secondary"
                className="button--small"
                aria-label={t('security.sessions.endLabel', { device: deviceLabel(session) })}
                onClick={() => {
                  setNotice(null);
                  setEnding(session);
                }}
              >
                {t('security.sessions.end')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {ending ? (
        <ConfirmDialog
          title={t('security.sessions.endTitle', { device: deviceLabel(ending) })}
          confirmLabel={t('security.sessions.endConfirm')}
          busyLabel={t('security.sessions.ending')}
          busy={end.isPending}
          errors={end.isError ? [errorMessage(end.error)] : []}
          onConfirm={() => confirmEnd(ending)}
          onCancel={() => {
            end.reset();
            setEnding(null);
          }}
        >
          <p>{ending.current ? t('security.sessions.endThisText') : t('security.sessions.endText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
