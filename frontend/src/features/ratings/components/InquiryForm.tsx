import { createInquirySchema, INQUIRY_LIMITS, type CreateInquiryRequest, type InquiryKind } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField } from '../../../components/TextField';
import { errorMessage } from '../../../lib/messages';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useFileInquiry } from '../hooks/useRatings';

const EMPTY = { reason: '', evidence: '', links: '' };

/** One address per line; blank lines are not links. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A member's question about the rating, or its author's appeal (with new evidence and links). An appeal is
 * confirmed before it is filed: only one may be open at a time.
 */
export function InquiryForm({
  practiceId,
  kind,
  onDone,
  onCancel,
}: {
  practiceId: string;
  kind: InquiryKind;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const file = useFileInquiry(practiceId);
  const [pending, setPending] = useState<CreateInquiryRequest | null>(null);
  const form = useSchemaForm({
    schema: createInquirySchema,
    defaultValues: EMPTY,
    toInput: (values) => ({
      kind,
      reason: values.reason,
      ...(kind === 'appeal' && values.evidence.trim() ? { evidence: values.evidence } : {}),
      ...(kind === 'appeal' && linesOf(values.links).length > 0 ? { links: linesOf(values.links) } : {}),
    }),
  });
  const send = (body: CreateInquiryRequest) =>
    file.mutate(body, {
      onSuccess: () => {
        setPending(null);
        form.reset(EMPTY);
        onDone();
      },
      onError: (error) => {
        setPending(null);
        form.showServerError(error);
      },
    });
  const submit = form.submit((body) => (kind === 'appeal' ? setPending(body) : send(body)));
  const prefix = `inquiry-${kind}`;

  return (
    <section className="card ratings-form" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {t(kind === 'appeal' ? 'ratings.appeal.title' : 'ratings.ask.title')}
      </h3>
      <p className="muted">{t(kind === 'appeal' ? 'ratings.appeal.intro' : 'ratings.ask.intro')}</p>
      <form id={form.formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert messages={form.formErrors} />
        <TextAreaField
          id={`${prefix}-reason`}
          label={t(kind === 'appeal' ? 'ratings.appeal.reason' : 'ratings.ask.reason')}
          rows={4}
          {...form.field('reason')}
        />
        {kind === 'appeal' ? (
          <>
            <TextAreaField
              id={`${prefix}-evidence`}
              label={t('ratings.appeal.evidence')}
              hint={t('ratings.appeal.evidenceHint')}
              rows={4}
              optional
              {...form.field('evidence')}
            />
            <TextAreaField
              id={`${prefix}-links`}
              label={t('ratings.appeal.links')}
              hint={t('ratings.appeal.linksHint', { max: INQUIRY_LIMITS.linksMax })}
              rows={3}
              optional
              {...form.field('links')}
            />
          </>
        ) : null}
        <div className="form__actions">
          <Button
            type="submit"
            busy={file.isPending}
            busyLabel={t(kind === 'appeal' ? 'ratings.appeal.busy' : 'ratings.ask.busy')}
          >
            {t(kind === 'appeal' ? 'ratings.appeal.submit' : 'ratings.ask.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('ratings.ask.cancel')}
          </Button>
        </div>
      </form>
      {pending ? (
        <ConfirmDialog
          title={t('ratings.appeal.confirm')}
          confirmLabel={t('ratings.appeal.submit')}
          busyLabel={t('ratings.appeal.busy')}
          busy={file.isPending}
          errors={file.isError ? [errorMessage(file.error)] : []}
          onCancel={() => setPending(null)}
          onConfirm={() => send(pending)}
        >
          <p>{t('ratings.appeal.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
