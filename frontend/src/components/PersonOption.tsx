interface PersonOptionProps {
  id: string;
  active: boolean;
  name: string;
  /** What tells two people of the same name apart (their profession, their organisation). */
  detail: string;
  onChoose: () => void;
}

/** One person offered in a listbox of people (mentions, adding a member), chosen by click or by the keyboard. */
export function PersonOption({ id, active, name, detail, onChoose }: PersonOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={['mentions__option', active ? 'mentions__option--active' : ''].filter(Boolean).join(' ')}
      // Keep the focus (and the caret) in the text box that drives the list.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <span className="mentions__name">{name}</span> <span className="mentions__detail">{detail}</span>
    </li>
  );
}
