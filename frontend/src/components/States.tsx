import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/messages';
import { useMessageText } from '../lib/useMessageText';
import { Button } from './Button';

/** Shown while something loads. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** Shown when loading failed, with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? t('errors.loadFailed')}</p>
      <p>{messageText(errorMessage(error))}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Shown when a list has nothing in it: say so honestly, and what will appear here. */
export function EmptyState({
  title,
  children,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="state state--empty">
      <Heading className="state__title">{title}</Heading>
      {children}
    </div>
  );
}
