import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { Button } from './Button';
import { FormAlert } from './FormAlert';

interface ConfirmDialogProps {
  title: string;
  /** The explanation, and any extra fields (e.g. an optional reason). */
  children?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  danger?: boolean;
  busy?: boolean;
  /** When set, the person must type this word before the action is allowed. */
  confirmWord?: string;
  errors?: readonly Message[];
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation built on the native <dialog>: the rest of the page is inert (focus stays inside),
 * Escape cancels, and focus returns to where it was when the dialog closes. Mount it to open it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  danger = false,
  busy = false,
  confirmWord,
  errors = [],
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closingRef = useRef(false);
  const titleId = useId();
  const bodyId = useId();
  const wordId = useId();
  const [word, setWord] = useState('');
  const [wordError, setWordError] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    closingRef.current = false;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    return () => {
      closingRef.current = true;
      if (dialog.open) dialog.close();
      const target = previouslyFocused?.isConnected ? previouslyFocused : document.getElementById('main');
      target?.focus();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (confirmWord && word.trim().toLocaleLowerCase() !== confirmWord.toLocaleLowerCase()) {
      setWordError(true);
      document.getElementById(wordId)?.focus();
      return;
    }
    onConfirm();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onClose={() => {
        // Closed by the browser (not by unmounting): tell the owner so its state matches.
        if (!closingRef.current && !dialogRef.current?.open) onCancel();
      }}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
        {confirmWord ? (
          <div className={['field', wordError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
            <label className="field__label" htmlFor={wordId}>
              {t('dialog.typeToConfirm', { word: confirmWord })}
            </label>
            {wordError ? (
              <p className="field__error" id={`${wordId}-error`}>
                <span className="visually-hidden">{t('common.errorPrefix')} </span>
                {t('dialog.wordMismatch', { word: confirmWord })}
              </p>
            ) : null}
            <input
              id={wordId}
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={word}
              aria-invalid={wordError}
              aria-describedby={wordError ? `${wordId}-error` : undefined}
              data-autofocus
              onChange={(event) => {
                setWord(event.target.value);
                setWordError(false);
              }}
            />
          </div>
        ) : null}
        <FormAlert messages={errors} />
        <div className="dialog__actions">
          <Button
            variant="secondary"
            onClick={onCancel}
            disabled={busy}
            data-autofocus={confirmWord ? undefined : true}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={busy} busyLabel={busyLabel}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
