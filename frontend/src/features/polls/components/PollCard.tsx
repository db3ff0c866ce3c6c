import { votePollSchema, type Poll } from '@pn/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { errorMessage } from '../../../lib/messages';
import { useLocale } from '../../../lib/useLocale';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useClosePoll, usePoll, useVote } from '../hooks';

/** Choosing: radios for one choice, checkboxes for several, in a fieldset named by the question. */
function VoteForm({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: votePollSchema, defaultValues: { optionIds: poll.myVote ?? [] } });
  const vote = useVote(poll.id);
  const [done, setDone] = useState<string | null>(null);
  const chosen = form.watch('optionIds');
  const name = `poll-${poll.id}`;
  const errorId = `${name}-error`;
  const error = form.fieldError('optionIds');

  const toggle = (id: string, checked: boolean) => {
    const next = poll.multiple ? (checked ? [...chosen, id] : chosen.filter((each) => each !== id)) : [id];
    form.setValue('optionIds', next, { shouldValidate: form.formState.isSubmitted });
  };
  const submit = form.submit((request) => {
    setDone(null);
    vote.mutate(request.optionIds, {
      onSuccess: () => setDone(t('polls.voted')),
      onError: (failure) => form.showServerError(failure),
    });
  });

  return (
    <form id={form.formId} className="poll__form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert messages={form.formErrors} />
      <fieldset
        className={['field', 'poll__choices', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={error ? errorId : undefined}
      >
        <legend className="visually-hidden">
          {poll.question} ({t(poll.multiple ? 'polls.chooseSeveral' : 'polls.chooseOne')})
        </legend>
        <FieldError id={error ? errorId : undefined} error={error} />
        {poll.options.map((option) => {
          const id = `${name}-${option.id}`;
          return (
            <div key={option.id} className="poll__choice">
              <input
                id={id}
                type={poll.multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
      <div className="actions-row">
        <Button type="submit" className="button--small" busy={vote.isPending} busyLabel={t('polls.voting')}>
          {t(poll.myVote ? 'polls.changeVote' : 'polls.vote')}
        </Button>
      </div>
      <StatusMessage message={done} />
    </form>
  );
}

/** The counts as bars with their numbers; in a named poll, members also see who chose what. */
function Results({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const { formatList } = useLocale();
  return (
    <ul className="poll__results">
      {poll.options.map((option) => {
        const votes = option.votes ?? 0;
        const percent = poll.voterCount > 0 ? Math.round((votes / poll.voterCount) * 100) : 0;
        const mine = poll.myVote?.includes(option.id) ?? false;
        return (
          <li key={option.id} className={['poll__result', mine ? 'poll__result--mine' : ''].filter(Boolean).join(' ')}>
            <div className="poll__result-line">
              <span className="poll__result-label">
                {option.label}
                {mine ? <span className="poll__mine"> ({t('polls.yourChoice')})</span> : null}
              </span>
              <span className="poll__result-count">
                {t('polls.votes', { count: votes })} · {t('polls.percent', { percent })}
              </span>
            </div>
            <progress className="poll__bar" max={Math.max(poll.voterCount, 1)} value={votes} aria-hidden="true" />
            {option.voters && option.voters.length > 0 ? (
              <p className="poll__voters">
                {t('polls.chosenBy', { names: formatList(option.voters.map((voter) => voter.displayName)) })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A poll in its thread: the question, voting while it is open, and the results as the poll allows. */
export function PollCard({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const poll = usePoll(pollId);
  const close = useClosePoll(pollId);
  const [confirming, setConfirming] = useState(false);
  const [closedNote, setClosedNote] = useState<string | null>(null);
  const questionId = useId();
  const closesAt = poll.data?.closed ? null : poll.data?.closesAt;
  // Results hidden until a closing time show by themselves when it passes: the poll is fetched again then.
  const refetch = poll.refetch;
  useEffect(() => {
    if (!closesAt) return;
    const wait = Date.parse(closesAt) - Date.now() + 500;
    if (wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => void refetch(), Math.max(wait, 0));
    return () => clearTimeout(timer);
  }, [closesAt, refetch]);

  if (poll.isPending) {
    return (
      <p className="poll poll--state" role="status" aria-busy="true">
        {t('polls.loading')}
      </p>
    );
  }
  if (poll.isError) {
    return (
      <div className="poll poll--state" role="alert">
        <p>{t('polls.loadFailed')}</p>
        <Button variant="link" className="button--small" onClick={() => void poll.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  const current = poll.data;
  const facts = [
    t(current.multiple ? 'polls.multiple' : 'polls.single'),
    t(current.anonymous ? 'polls.anonymous' : 'polls.named'),
    current.closed && current.closedAt
      ? t('polls.closedAt', { date: formatDateTime(current.closedAt) })
      : current.closesAt
        ? t('polls.closesAt', { date: formatDateTime(current.closesAt) })
        : null,
  ].filter(Boolean);

  return (
    <section className="poll" aria-labelledby={questionId}>
      <p className="poll__kind">{t('polls.label')}</p>
      <h3 id={questionId} className="poll__question">
        {current.question}
      </h3>
      <p className="poll__facts">{facts.join(' · ')}</p>
      {current.mayVote ? <VoteForm poll={current} /> : null}
      {current.resultsVisible ? (
        <Results poll={current} />
      ) : (
        <p className="poll__hidden">{t('polls.hiddenUntilClose')}</p>
      )}
      <p className="poll__count" aria-live="polite">
        {t('polls.voters', { count: current.voterCount })}
      </p>
      {current.mayClose ? (
        <Button variant="link" className="button--small" onClick={() => setConfirming(true)}>
          {t('polls.close.open')}
        </Button>
      ) : null}
      <StatusMessage message={closedNote} />
      {confirming ? (
        <ConfirmDialog
          title={t('polls.close.title')}
          confirmLabel={t('polls.close.confirm')}
          busyLabel={t('polls.close.closing')}
          busy={close.isPending}
          errors={close.isError ? [errorMessage(close.error)] : []}
          onConfirm={() =>
            close.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                setClosedNote(t('polls.close.done'));
              },
            })
          }
          onCancel={() => setConfirming(false)}
        >
          <p>{t('polls.close.text')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
