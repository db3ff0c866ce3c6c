import type { Message } from '../../../i18n/types';
import { FieldError } from '../../../components/FieldError';

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
  hint?: string;
}

interface RadioGroupProps<Value extends string> {
  /** Prefix of the radios' ids and their shared name. */
  name: string;
  legend: string;
  value: Value;
  options: readonly RadioOption<Value>[];
  onChange: (value: Value) => void;
  error?: Message;
}

/** One choice among a few, each explained: a fieldset whose legend labels the radios. */
export function RadioGroup<Value extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: RadioGroupProps<Value>) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset
      className={['field', 'radio-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={errorId}
    >
      <legend className="field__label">{legend}</legend>
      <FieldError id={errorId} error={error} />
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="radio-group__option">
            <input
              id={id}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={id}>
              {option.label}
              {option.hint ? (
                <span id={`${id}-hint`} className="radio-group__hint">
                  {option.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
