import { addMemberSchema, MEMBERSHIP_ROLES, type MembershipRole, type PublicProfile } from '@pn/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { FormField } from '../../../components/FormField';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { addMemberErrorMessage } from '../groupForm';
import { usePeopleSearch } from '../hooks/usePeopleSearch';
import { useAddMember } from '../hooks/useGroupMutations';
import { PersonOption } from '../../../components/PersonOption';

const EMPTY = { userId: '', role: 'member' as MembershipRole };
/** Wait this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 300;

interface AddMemberFormProps {
  slug: string;
  groupName: string;
}

/**
 * A group coordinator adds someone directly: a search box over the network's active members (a combobox:
 * arrows to move, Enter to choose, Escape to close), a role, then "Add to group".
 */
export function AddMemberForm({ slug, groupName }: AddMemberFormProps) {
  const { t } = useTranslation();
  const listId = useId();
  const inputId = `add-member-${slug}`;
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PublicProfile | null>(null);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: addMemberSchema,
    defaultValues: EMPTY,
    // The person is chosen in the search box; the schema would only call a missing one an invalid id.
    check: (values) => (values.userId ? {} : { userId: { key: 'validation.choosePerson' } }),
  });
  const add = useAddMember(slug);

  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);
  const search = usePeopleSearch(debounced, chosen === null);
  const settled = debounced === text;
  const results = search.searchable ? (search.data?.items ?? []) : [];
  const open = expanded && chosen === null && search.searchable && results.length > 0;
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;
  const noResults =
    expanded && chosen === null && search.searchable && settled && search.isSuccess && results.length === 0;

  const choose = (person: PublicProfile) => {
    setChosen(person);
    setText(person.displayName);
    setExpanded(false);
    setActive(0);
    form.setValue('userId', person.id, { shouldValidate: form.formState.isSubmitted });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        setExpanded(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
      return;
    }
    if (event.key === 'Enter' && open) {
      const person = results[activeIndex];
      if (person) {
        event.preventDefault();
        choose(person);
      }
      return;
    }
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setExpanded(false);
    }
  };

  const submit = form.submit((body) => {
    add.mutate(body, {
      onSuccess: (member) => {
        setDone(t('groups.addMember.added', { name: member.displayName, group: groupName }));
        setChosen(null);
        setText('');
        form.reset(EMPTY);
      },
      onError: (error) => form.setProblems({}, [addMemberErrorMessage(error)]),
    });
  });

  return (
    <form
      id={form.formId}
      className="form card"
      onSubmit={(event) => {
        setDone(null);
        void submit(event);
      }}
      noValidate
      aria-labelledby={`${inputId}-title`}
    >
      <h3 id={`${inputId}-title`}>{t('groups.addMember.title')}</h3>
      <p className="muted">{t('groups.addMember.intro')}</p>
      <FormAlert messages={form.formErrors} />
      <FormField
        id={inputId}
        label={t('groups.addMember.search')}
        hint={t('groups.addMember.searchHint')}
        error={form.fieldError('userId')}
        required
      >
        {(control) => (
          <div className="person-search">
            <input
              {...control}
              className="input"
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={listId}
              aria-activedescendant={open ? optionId(activeIndex) : undefined}
              onChange={(event) => {
                setText(event.target.value);
                setChosen(null);
                setExpanded(true);
                setActive(0);
                setDone(null);
                form.setValue('userId', '');
              }}
              onFocus={() => setExpanded(true)}
              onBlur={() => setExpanded(false)}
              onKeyDown={onKeyDown}
            />
            <ul
              id={listId}
              role="listbox"
              className="mentions"
              aria-label={t('groups.addMember.results')}
              hidden={!open}
            >
              {open
                ? results.map((person, index) => (
                    <PersonOption
                      key={person.id}
                      id={optionId(index)}
                      active={index === activeIndex}
                      name={person.displayName}
                      detail={[t(`professions.${person.profession}`), person.organisation].filter(Boolean).join(', ')}
                      onChoose={() => choose(person)}
                    />
                  ))
                : null}
            </ul>
          </div>
        )}
      </FormField>
      <p className="visually-hidden" aria-live="polite">
        {open
          ? t('groups.addMember.resultCount', { count: results.length })
          : noResults
            ? t('groups.addMember.noResults', { query: text.trim() })
            : ''}
      </p>
      {noResults ? (
        <p className="muted" aria-hidden="true">
          {t('groups.addMember.noResults', { query: text.trim() })}
        </p>
      ) : expanded && chosen === null && search.searchable && search.isFetching && results.length === 0 ? (
        <p className="muted">{t('groups.addMember.searching')}</p>
      ) : null}
      <SelectField
        id={`${inputId}-role`}
        label={t('groups.addMember.role')}
        options={MEMBERSHIP_ROLES.map((value) => ({ value, label: t(`groups.roles.${value}`) }))}
        {...form.field('role')}
        required
      />
      <StatusMessage message={done} />
      <div className="form__actions">
        <Button type="submit" busy={add.isPending} busyLabel={t('groups.addMember.adding')}>
          {t('groups.addMember.submit')}
        </Button>
      </div>
    </form>
  );
}
