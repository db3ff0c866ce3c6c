import { createPollSchema, POLL_LIMITS, type Poll } from '@pn/shared';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import { FormField } from '../../../components/FormField';
import { TextField } from '../../../components/TextField';
import { newClientId } from '../../../lib/clientId';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useCreatePoll } from '../hooks';

interface PollFormValues {
  question: string;
  options: Array<{ label: string }>;
  multiple: boolean;
  anonymous: boolean;
  results: 'live' | 'after-close';
  /** As the date and time field gives it, in the member's own time zone; empty for no closing time. */
  closesAt: string;
}

const EMPTY: PollFormValues = {
  question: '',
  options: [{ label: '' }, { label: '' }],
  multiple: false,
  anonymous: false,
  results: 'live',
  closesAt: '',
};

/** A poll for the thread: the question, two or more options, how one votes and when the results show. */
export function NewPollForm({ threadId, onDone }: { threadId: string; onDone: (poll: Poll | null) => void }) {
  const { t } = useTranslation();
  // One per poll: sending again after a lost answer makes no second poll.
  const [clientId, setClientId] = useState(newClientId);
  const form = useSchemaForm({
    schema: createPollSchema,
    defaultValues: EMPTY,
    toInput: (values) => ({
      question: values.question,
      options: values.options.map((option) => option.label),
      multiple: values.multiple,
      anonymous: values.anonymous,
      results: values.results,
      ...(values.closesAt ? { closesAt: new Date(values.closesAt).toISOString() } : {}),
      clientId,
    }),
  });
  const options = useFieldArray({ control: form.control, name: 'options' });
  const create = useCreatePoll(threadId);
  const optionsError = form.fieldError('options');

  const submit = form.submit((request) => {
    create.mutate(request, {
      onSuccess: (poll) => {
        form.reset(EMPTY);
        setClientId(newClientId());
        onDone(poll);
      },
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <form
      id={form.formId}
      className="form card poll-form"
      noValidate
      aria-labelledby="new-poll-title"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="new-poll-title">{t('polls.new.title')}</h3>
      <FormAlert messages={form.formErrors} />
      <TextField id="new-poll-question" label={t('polls.new.question')} {...form.field('question')} required />
      <fieldset
        className={['field', 'poll-form__options', optionsError ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={optionsError ? 'new-poll-options-error' : undefined}
      >
        <legend className="field__label">{t('polls.new.options')}</legend>
        <FieldError id={optionsError ? 'new-poll-options-error' : undefined} error={optionsError} />
        <ol className="poll-form__option-list">
          {options.fields.map((field, index) => (
            <li key={field.id} className="poll-form__option">
              <label className="visually-hidden" htmlFor={`new-poll-option-${index}`}>
                {t('polls.new.optionLabel', { number: index + 1 })}
              </label>
              <input
                id={`new-poll-option-${index}`}
                className="input"
                type="text"
                placeholder={t('polls.new.optionLabel', { number: index + 1 })}
                {...form.register(`options.${index}.label`)}
              />
              {options.fields.length > POLL_LIMITS.optionsMin ? (
                <Button variant="link" className="button--small" onClick={() => options.remove(index)}>
                  {t('polls.new.removeOption')}
                  <span className="visually-hidden"> {index + 1}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
        {options.fields.length < POLL_LIMITS.optionsMax ? (
          <Button variant="secondary" className="button--small" onClick={() => options.append({ label: '' })}>
            {t('polls.new.addOption')}
          </Button>
        ) : null}
      </fieldset>
      <div className="checkbox-field">
        <input id="new-poll-multiple" type="checkbox" {...form.register('multiple')} />
        <label htmlFor="new-poll-multiple">{t('polls.new.multiple')}</label>
      </div>
      <div className="checkbox-field">
        <input
          id="new-poll-anonymous"
          type="checkbox"
          aria-describedby="new-poll-anonymous-hint"
          {...form.register('anonymous')}
        />
        <label htmlFor="new-poll-anonymous">{t('polls.new.anonymous')}</label>
        <p id="new-poll-anonymous-hint" className="field__hint">
          {t('polls.new.anonymousHint')}
        </p>
      </div>
      <fieldset className="field poll-form__results">
        <legend className="field__label">{t('polls.new.results')}</legend>
        {(['live', 'after-close'] as const).map((value) => (
          <div key={value} className="poll__choice">
            <input id={`new-poll-results-${value}`} type="radio" value={value} {...form.register('results')} />
            <label htmlFor={`new-poll-results-${value}`}>
              {t(value === 'live' ? 'polls.new.resultsLive' : 'polls.new.resultsAfterClose')}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id="new-poll-closes-at"
        label={t('polls.new.closesAt')}
        hint={t('polls.new.closesAtHint')}
        error={form.fieldError('closesAt')}
        optional
      >
        {(control) => <input {...control} className="input" type="datetime-local" {...form.register('closesAt')} />}
      </FormField>
      <div className="form__actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('polls.new.posting')}>
          {t('polls.new.submit')}
        </Button>
        <Button
          variant="link"
          onClick={() => {
            form.reset(EMPTY);
            onDone(null);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
