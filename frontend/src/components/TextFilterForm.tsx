import type { ReactNode } from 'react';
import { useFilterText } from '../lib/useFilterText';
import { Button } from './Button';
import { TextField } from './TextField';

interface TextFilterFormProps {
  /** Prefix of the field ids: `practices` gives the search box `practices-q`. */
  name: string;
  /** The form's own class; the search box takes it with `__search`. */
  className: string;
  label: string;
  search: { label: string; hint: string };
  /** The text the list is filtered by now (from the address). */
  applied: string | undefined;
  /** Applies a new text: once typing pauses, or at once on Enter. */
  onText: (text: string | undefined) => void;
  clearLabel: string;
  onClear: () => void;
  /** The list's own filters, between the search box and the clear button. */
  children: ReactNode;
}

/** The frame of a filtered list's filters: a search box first, the list's own fields, a button to clear them. */
export function TextFilterForm({
  name,
  className,
  label,
  search,
  applied,
  onText,
  clearLabel,
  onClear,
  children,
}: TextFilterFormProps) {
  const [text, setText] = useFilterText(applied, onText);
  return (
    <form
      className={`filters card ${className}`}
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onText(text.trim() || undefined);
      }}
    >
      <TextField
        id={`${name}-q`}
        type="search"
        label={search.label}
        hint={search.hint}
        value={text}
        onChange={setText}
        autoComplete="off"
        className={`${className}__search`}
      />
      {children}
      <div className="filters__actions">
        <Button
          variant="link"
          onClick={() => {
            setText('');
            onClear();
          }}
        >
          {clearLabel}
        </Button>
      </div>
    </form>
  );
}
