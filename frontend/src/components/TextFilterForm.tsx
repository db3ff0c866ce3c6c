import type { ReactNode } from 'react';
import { Button } from './Button';
import { TextField } from './TextField';

interface TextFilterFormProps {
  /** Prefix of the field ids: `practices` gives the search box `practices-q`. */
  name: string;
  /** The form's own class; the search box takes it with `__search`. */
  className: string;
  label: string;
  search: { label: string; hint: string };
  /** The search box's text and its setter, from `useFilterText`. */
  text: readonly [string, (text: string) => void];
  /** Applies the text at once, on Enter, without waiting for the pause. */
  onSubmitText: (text: string | undefined) => void;
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
  text: [text, setText],
  onSubmitText,
  clearLabel,
  onClear,
  children,
}: TextFilterFormProps) {
  return (
    <form
      className={`filters card ${className}`}
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmitText(text.trim() || undefined);
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
