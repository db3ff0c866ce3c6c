import { assignReviewersSchema, type AssignReviewersRequest, type Inquiry } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import { ErrorState, LoadingState } from '../../../components/States';
import { errorMessage } from '../../../lib/messages';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useAssignReviewers, useReviewerCandidates } from '../hooks/useRatings';

/**
 * A coordinator names an appeal's two reviewers among those the API offers: active researchers and
 * coordinators with no part in the practice, its evaluations or the appeal.
 */
export function AssignReviewersForm({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const candidates = useReviewerCandidates(inquiry.id);
  const assign = useAssignReviewers(inquiry.id);
  const [pending, setPending] = useState<AssignReviewersRequest | null>(null);
  const form = useSchemaForm({
    schema: assignReviewersSchema,
    defaultValues: { reviewerIds: [] as string[] },
    check: (values) =>
      values.reviewerIds.length === 2 ? {} : { reviewerIds: { text: t('ratings.assign.chooseTwo') } },
  });
  const prefix = `assign-${inquiry.id}`;
  const submit = form.submit((body) => setPending(body));
  const error = form.fieldError('reviewerIds');

  return (
    <section className="ratings-assign" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>{t('ratings.assign.title')}</h4>
      <p className="muted">{t('ratings.assign.intro')}</p>
      {candidates.isPending ? (
        <LoadingState label={t('ratings.assign.loading')} />
      ) : candidates.isError ? (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.length === 0 ? (
        <p>{t('ratings.assign.none')}</p>
      ) : (
        <form id={form.formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert messages={form.formErrors} />
          <fieldset className="field" aria-describedby={error ? `${prefix}-error` : undefined}>
            <legend className="field__label">{t('ratings.assign.legend')}</legend>
            <ul className="checkbox-list">
              {candidates.data.map((person) => (
                <li key={person.id} className="checkbox-field">
                  <input
                    id={`${prefix}-${person.id}`}
                    type="checkbox"
                    value={person.id}
                    {...form.register('reviewerIds')}
                  />
                  <label htmlFor={`${prefix}-${person.id}`}>
                    {person.displayName} ({t(`ratings.assign.roles.${person.role}`)})
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id={`${prefix}-error`} error={error} />
          </fieldset>
          <div className="form__actions">
            <Button type="submit">{t('ratings.assign.submit')}</Button>
          </div>
        </form>
      )}
      {pending ? (
        <ConfirmDialog
          title={t('ratings.assign.confirm')}
          confirmLabel={t('ratings.assign.submit')}
          busyLabel={t('ratings.assign.busy')}
          busy={assign.isPending}
          errors={assign.isError ? [errorMessage(assign.error)] : []}
          onCancel={() => {
            setPending(null);
            assign.reset();
          }}
          onConfirm={() => assign.mutate(pending, { onSuccess: () => setPending(null) })}
        >
          <p>{t('ratings.assign.confirmBody')}</p>
          <ul>
            {pending.reviewerIds.map((id) => (
              <li key={id}>{candidates.data?.find((person) => person.id === id)?.displayName}</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
