import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLocale } from '../../../lib/useLocale';
import { citationOf, type CitationFacts } from '../citation';

/** A stable citation of a published practice, with a button that copies it. */
export function CitationBox({ facts }: { facts: CitationFacts }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const [copied, setCopied] = useState(false);
  const textRef = useRef<HTMLParagraphElement>(null);
  // Without the clipboard (a page not served over HTTPS), the text is selected for the reader to copy.
  const copy = () => {
    if (navigator.clipboard) {
      void navigator.clipboard.writeText(text).then(() => setCopied(true), selectText);
    } else {
      selectText();
    }
  };
  const selectText = () => {
    if (textRef.current) window.getSelection()?.selectAllChildren(textRef.current);
  };
  const text = citationOf(facts, (values) =>
    t('research.citation.text', { ...values, date: formatDate(values.date), interpolation: { escapeValue: false } }),
  );
  return (
    <section className="section citation" aria-labelledby="citation-title">
      <h2 id="citation-title">{t('research.citation.title')}</h2>
      <p className="citation__text" id="citation-text" ref={textRef}>
        {text}
      </p>
      <p className="actions-row">
        <Button variant="secondary" aria-describedby="citation-text" onClick={copy}>
          {t('research.citation.copy')}
        </Button>
      </p>
      <StatusMessage message={copied ? t('research.citation.copied') : null} />
    </section>
  );
}
