import type { Message } from '../../../i18n/types';
import { FieldError } from '../../../components/FieldError';

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: Message;
}

/** A choice of several options as checkboxes in a fieldset; the chosen ones keep the options' order. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
}: CheckboxGroupProps<T>) {
  const hintId = hint ? `${id}-hint` : '';
  const errorId = error ? `${id}-error` : '';
  const toggle = (option: T, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((item) => item.value).filter((item) => next.has(item)));
  };
  return (
    <fieldset
      id={id}
      className={['field', 'checkbox-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
      // Focusable so that a failed submit can bring the reader to it.
      tabIndex={-1}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      <ul className="checkbox-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <li key={option.value} className="checkbox-field">
              <input
                type="checkbox"
                id={optionId}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
