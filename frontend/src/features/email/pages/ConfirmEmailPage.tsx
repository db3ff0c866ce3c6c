import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { confirmEmail } from '../api';

/** The page of a confirmation link: it confirms at once (the link itself is the proof), then says so. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.confirm.title'));
  const token = useSearchParams()[0].get('token') ?? '';
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: confirmEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['auth'] }),
  });
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  return (
    <div className="page page--narrow">
      <h1>{t('email.confirm.title')}</h1>
      {!token ? (
        <p className="alert alert--error" role="alert">
          {t('email.confirm.missingToken')}
        </p>
      ) : confirm.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('email.confirm.done')}
        </p>
      ) : confirm.isError ? (
        <p className="alert alert--error" role="alert">
          {t('email.confirm.failed')}
        </p>
      ) : (
        <LoadingState label={t('email.confirm.confirming')} />
      )}
      <p>
        <Link to="/">{t('email.confirm.continue')}</Link>
      </p>
    </div>
  );
}
