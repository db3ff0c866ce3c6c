import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { usePageTitle } from '../../../lib/usePageTitle';
import { unsubscribe } from '../api';
import type { emailEn } from '../i18n/en';

type What = keyof typeof emailEn.email.unsubscribe.what;

/** What an unsubscribe token is about, read from its (signed, not secret) payload; only for the wording. */
export function unsubscribeWhat(token: string): What {
  try {
    const body = token.split('.')[0] ?? '';
    const payload = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/'))) as { k?: unknown };
    return typeof payload.k === 'string' ? (payload.k as What) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The unsubscribe link opened in a browser: nothing changes until the button is pressed (a link checker
 * that opens the link unsubscribes no one). Mail clients use the one-click POST of the email's header.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('email.unsubscribe.title'));
  const token = useSearchParams()[0].get('token') ?? '';
  const done = useMutation({ mutationFn: unsubscribe });
  const guessed = unsubscribeWhat(token);
  const what = t(`email.unsubscribe.what.${done.data?.kind ?? guessed}` as 'email.unsubscribe.what.unknown', {
    defaultValue: t('email.unsubscribe.what.unknown'),
  });

  return (
    <div className="page page--narrow">
      <h1>{t('email.unsubscribe.title')}</h1>
      {!token ? (
        <p className="alert alert--error" role="alert">
          {t('email.unsubscribe.missingToken')}
        </p>
      ) : done.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('email.unsubscribe.done', { what })}
        </p>
      ) : (
        <div className="card">
          <p>{t('email.unsubscribe.intro', { what })}</p>
          {done.isError ? (
            <p className="alert alert--error" role="alert">
              {t('email.unsubscribe.failed')}
            </p>
          ) : null}
          <Button
            onClick={() => done.mutate(token)}
            busy={done.isPending}
            busyLabel={t('email.unsubscribe.confirming')}
          >
            {t('email.unsubscribe.confirm')}
          </Button>
        </div>
      )}
      <p>
        <Link to="/settings/notifications">{t('email.unsubscribe.settings')}</Link>
      </p>
    </div>
  );
}
