import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Message } from '../i18n/types';
import { FormField } from './FormField';

/**
 * A control is either held by the caller (`value` and `onChange`) or registered with a react-hook-form form
 * (`registration`, which reads the value from the element itself).
 */
export type ControlBinding =
  | { value: string; onChange: (value: string) => void; registration?: undefined }
  | { registration: UseFormRegisterReturn; value?: undefined; onChange?: undefined };

/** What the element gets from a binding. */
export function bindingProps(binding: ControlBinding) {
  if (binding.registration) return binding.registration;
  const { value, onChange } = binding;
  return {
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
}

type TextFieldProps = ControlBinding & {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric';
  hint?: ReactNode;
  error?: Message;
  optional?: boolean;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  spellCheck?: boolean;
};

export function TextField({
  id,
  label,
  type = 'text',
  autoComplete,
  inputMode,
  hint,
  error,
  optional,
  required,
  disabled,
  className,
  spellCheck,
  ...binding
}: TextFieldProps) {
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
        <input
          {...control}
          className="input"
          name={id}
          type={type}
          {...bindingProps(binding)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          required={required}
          disabled={disabled}
          spellCheck={spellCheck}
        />
      )}
    </FormField>
  );
}

type TextAreaFieldProps = ControlBinding & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: Message;
  optional?: boolean;
  rows?: number;
};

export function TextAreaField({ id, label, hint, error, optional, rows = 3, ...binding }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => <textarea {...control} className="input" name={id} rows={rows} {...bindingProps(binding)} />}
    </FormField>
  );
}
