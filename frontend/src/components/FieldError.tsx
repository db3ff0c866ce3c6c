import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { useMessageText } from '../lib/useMessageText';

/** A field's error, announced with a prefix for screen readers; nothing when there is none. */
export function FieldError({ id, error }: { id?: string; error?: Message }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      {messageText(error)}
    </p>
  );
}
