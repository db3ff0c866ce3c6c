import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import type { Message } from '../i18n/types';
import { FormField } from './FormField';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
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
}

export function TextField({
  id,
  label,
  value,
  onChange,
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
          value={value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          required={required}
          disabled={disabled}
          spellCheck={spellCheck}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: Message;
  optional?: boolean;
  rows?: number;
}

export function TextAreaField({ id, label, value, onChange, hint, error, optional, rows = 3 }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea
          {...control}
          className="input"
          name={id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
