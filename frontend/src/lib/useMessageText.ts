import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';

/** Renders a `Message` in the current language. */
export function useMessageText(): (message: Message) => string {
  const { t } = useTranslation();
  return useCallback(
    (message: Message) => ('text' in message ? message.text : t(message.key, message.values ?? {})),
    [t],
  );
}
