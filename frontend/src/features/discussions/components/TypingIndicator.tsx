import { useTranslation } from 'react-i18next';
import { useTypingNames } from '../hooks/useThread';

/** "X is typing…", "X and Y are typing…", "Several people are typing…", or nothing. */
export function TypingIndicator({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const names = useTypingNames(threadId);
  const text =
    names.length === 0
      ? ''
      : names.length === 1
        ? t('discussions.typing.one', { name: names[0] })
        : names.length === 2
          ? t('discussions.typing.two', { first: names[0], second: names[1] })
          : t('discussions.typing.several');
  return <p className="typing">{text}</p>;
}
