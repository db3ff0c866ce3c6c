import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../i18n/types';
import { commonFirst, searchNamed, type NamedCode } from '../lib/displayNames';
import { FieldError } from './FieldError';

interface CodeListFieldProps {
  id: string;
  legend: string;
  hint: string;
  /** Every choice (countries or languages), named in the interface language. */
  all: readonly NamedCode[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  max: number;
  error?: Message;
  /** The texts of the list: worded for languages, or for any list. */
  texts?: 'languagesField' | 'codeList';
}

/**
 * A searchable checkbox list of codes (countries or languages) for a long vocabulary: the common ones first,
 * found by name (in the reader's language, in English, in the language itself) or by code. The chosen ones
 * are listed above as removable chips so that they stay visible whatever the filter.
 */
export function CodeListField({
  id,
  legend,
  hint,
  all,
  value,
  onChange,
  max,
  error,
  texts = 'codeList',
}: CodeListFieldProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const statusId = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const names = useMemo(() => new Map(all.map((item) => [item.code, item.name])), [all]);
  const filtering = filter.trim() !== '';
  const visible = useMemo(() => (filtering ? searchNamed(commonFirst(all), filter) : all), [all, filter, filtering]);
  // Unfiltered, the common choices come first under their own heading; a filter lists the best matches first.
  const groups = useMemo(() => {
    const common = all.filter((item) => item.common);
    if (filtering || common.length === 0) return [{ key: 'matches', label: null, items: visible }];
    return [
      { key: 'common', label: t(`${texts}.common`), items: common },
      { key: 'others', label: t(`${texts}.others`), items: all.filter((item) => !item.common) },
    ];
  }, [all, filtering, visible, t, texts]);
  const selected = new Set(value);
  const atLimit = value.length >= max;

  const toggle = (code: string, checked: boolean) => {
    if (checked) {
      if (!selected.has(code) && !atLimit) onChange([...value, code]);
    } else {
      onChange(value.filter((item) => item !== code));
    }
  };

  return (
    <fieldset
      id={id}
      className={['field', 'languages', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      tabIndex={-1}
    >
      <legend className="field__label">
        {legend}
        <span className="field__optional"> ({t('common.optional')})</span>
      </legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      <FieldError id={errorId} error={error} />
      <div className="languages__chosen">
        <p className="languages__chosen-label">{t(`${texts}.chosen`, { count: value.length })}</p>
        {value.length > 0 ? (
          <ul className="chips">
            {value.map((code) => {
              const name = names.get(code) ?? code;
              return (
                <li key={code} className="chip">
                  <span>{name}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t(`${texts}.remove`, { name })}
                    onClick={() => toggle(code, false)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <label className="field__sublabel" htmlFor={`${id}-filter`}>
        {t(`${texts}.filter`)}
      </label>
      <input
        id={`${id}-filter`}
        className="input"
        type="search"
        value={filter}
        autoComplete="off"
        aria-controls={`${id}-options`}
        aria-describedby={statusId}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the filter would submit the whole form; pick the only match instead.
          if (event.key === 'Enter') {
            event.preventDefault();
            const only = visible.length === 1 ? visible[0] : undefined;
            if (only) toggle(only.code, !selected.has(only.code));
          }
        }}
      />
      <p className="visually-hidden" id={statusId} aria-live="polite">
        {filter.trim() ? t(`${texts}.matches`, { count: visible.length }) : ''}
      </p>
      {atLimit ? <p className="field__hint">{t(`${texts}.limitReached`, { max })}</p> : null}
      <div className="languages__options" id={`${id}-options`}>
        {groups.map((group) => {
          const labelId = `${id}-group-${group.key}`;
          return (
            <div key={group.key} className="languages__group">
              {group.label ? (
                <p className="languages__group-label" id={labelId}>
                  {group.label}
                </p>
              ) : null}
              <ul className="languages__list" aria-labelledby={group.label ? labelId : undefined}>
                {group.items.map(({ code, name }) => {
                  const checked = selected.has(code);
                  const optionId = `${id}-option-${code}`;
                  return (
                    <li key={code}>
                      <input
                        type="checkbox"
                        id={optionId}
                        name={`${id}[]`}
                        value={code}
                        checked={checked}
                        disabled={!checked && atLimit}
                        onChange={(event) => toggle(code, event.target.checked)}
                      />
                      <label htmlFor={optionId}>{name}</label>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        {visible.length === 0 ? (
          <p className="languages__none">{t(`${texts}.noMatches`, { query: filter.trim() })}</p>
        ) : null}
      </div>
    </fieldset>
  );
}
