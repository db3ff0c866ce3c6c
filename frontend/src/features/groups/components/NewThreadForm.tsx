import { createThreadSchema, DISCUSSION_LIMITS } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField, TextField } from '../../../components/TextField';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { useCreateThread } from '../hooks/useGroupMutations';

const EMPTY = { title: '', body: '', announcement: false };

/** Starting a thread; group coordinators may make it an announcement, which notifies every member. */
export function NewThreadForm({ slug, canAnnounce }: { slug: string; canAnnounce: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const form = useSchemaForm({
    schema: createThreadSchema,
    defaultValues: EMPTY,
    toInput: (values) => ({ ...values, announcement: canAnnounce && values.announcement }),
  });
  const create = useCreateThread(slug);

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('threads.new.open')}
      </Button>
    );
  }

  const submit = form.submit((body) => {
    create.mutate(body, {
      onSuccess: (thread) => void navigate(`/threads/${thread.id}`),
      onError: (error) => form.showServerError(error),
    });
  });

  return (
    <form id={form.formId} className="form card" onSubmit={submit} noValidate aria-labelledby="new-thread-title">
      <h3 id="new-thread-title">{t('threads.new.title')}</h3>
      <FormAlert messages={form.formErrors} />
      <TextField id="new-thread-title-field" label={t('threads.new.titleLabel')} {...form.field('title')} required />
      <TextAreaField
        id="new-thread-body"
        label={t('threads.new.bodyLabel')}
        hint={t('threads.new.bodyHint', { max: DISCUSSION_LIMITS.bodyMax })}
        {...form.field('body')}
        rows={6}
      />
      {canAnnounce ? (
        <div className="checkbox-field">
          <input
            id="new-thread-announcement"
            type="checkbox"
            aria-describedby="new-thread-announcement-hint"
            {...form.register('announcement')}
          />
          <label htmlFor="new-thread-announcement">{t('threads.new.announcement')}</label>
          <p id="new-thread-announcement-hint" className="field__hint">
            {t('threads.new.announcementHint')}
          </p>
        </div>
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('threads.new.posting')}>
          {t('threads.new.submit')}
        </Button>
        <Button
          variant="link"
          onClick={() => {
            setOpen(false);
            form.clearErrors();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
