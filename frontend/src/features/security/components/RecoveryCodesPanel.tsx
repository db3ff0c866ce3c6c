import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { StatusMessage } from '../../../components/StatusMessage';
import { downloadText, RECOVERY_CODES_FILE_NAME } from '../api';

interface RecoveryCodesPanelProps {
  codes: string[];
  email: string;
  onDone: () => void;
}

/** Recovery codes, shown once: a clear warning, and ways to keep them (copy, download). */
export function RecoveryCodesPanel({ codes, email, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const text = `${t('security.recovery.fileHeading', { email })}\n\n${codes.join('\n')}\n`;

  // They appear in place of what was there: bring them to the person's attention (and screen reader).
  useEffect(() => headingRef.current?.focus(), []);

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="recovery-codes stack" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={headingRef} tabIndex={-1}>
        {t('security.recovery.newTitle')}
      </h3>
      <p className="alert alert--warning">{t('security.recovery.warning')}</p>
      <ol className="recovery-codes__list" aria-label={t('security.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions-row">
        <Button variant="secondary" onClick={() => void copyCodes()}>
          {t('security.recovery.copy')}
        </Button>
        <Button variant="secondary" onClick={() => downloadText(text, RECOVERY_CODES_FILE_NAME)}>
          {t('security.recovery.download')}
        </Button>
        <Button onClick={onDone}>{t('security.recovery.saved')}</Button>
      </div>
      <StatusMessage
        message={
          copy === 'copied'
            ? t('security.recovery.copied')
            : copy === 'failed'
              ? t('security.recovery.copyFailed')
              : null
        }
      />
    </section>
  );
}
