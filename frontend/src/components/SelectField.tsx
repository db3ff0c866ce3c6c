import type { ReactNode } from 'react';
import type { Message } from '../i18n/types';
import { FormField } from './FormField';
import { bindingProps, type ControlBinding } from './TextField';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = ControlBinding & {
  id: string;
  label: string;
  options: readonly SelectOption[];
  /** Shown as the first, empty choice (e.g. "Choose a country" or "Any"). */
  placeholder?: string;
  hint?: ReactNode;
  error?: Message;
  optional?: boolean;
  required?: boolean;
  disabled?: boolean;
  autoComplete?: string;
  className?: string;
};

export function SelectField({
  id,
  label,
  options,
  placeholder,
  hint,
  error,
  optional,
  required,
  disabled,
  autoComplete,
  className,
  ...binding
}: SelectFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      required={required}
      className={className}
    >
      {(control) => (
        <select
          {...control}
          className="input select"
          name={id}
          {...bindingProps(binding)}
          required={required}
          disabled={disabled}
          autoComplete={autoComplete}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
