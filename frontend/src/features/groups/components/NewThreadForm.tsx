import { createThreadSchema, DISCUSSION_LIMITS } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField, TextField } from '../../../components/TextField';
import { useZodForm } from '../../../lib/useZodForm';
import { useCreateThread } from '../hooks/useGroupMutations';

const FIELDS = ['title', 'body', 'announcement'] as const;
const EMPTY = { title: '', body: '', announcement: false };

/** Starting a thread; group coordinators may make it an announcement, which notifies every member. */
export function NewThreadForm({ slug, canAnnounce }: { slug: string; canAnnounce: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const form = useZodForm(createThreadSchema, FIELDS);
  const create = useCreateThread(slug);

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('threads.new.open')}
      </Button>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate({ ...values, announcement: canAnnounce && values.announcement });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (thread) => void navigate(`/threads/${thread.id}`),
      onError: (error) => form.showServerError(error),
    });
  };

  return (
    <form id={form.formId} className="form card" onSubmit={submit} noValidate aria-labelledby="new-thread-title">
      <h3 id="new-thread-title">{t('threads.new.title')}</h3>
      <FormAlert messages={form.formErrors} />
      <TextField
        id="new-thread-title-field"
        label={t('threads.new.titleLabel')}
        value={values.title}
        onChange={(title) => setValues((current) => ({ ...current, title }))}
        error={form.fieldErrors.title}
        required
      />
      <TextAreaField
        id="new-thread-body"
        label={t('threads.new.bodyLabel')}
        hint={t('threads.new.bodyHint', { max: DISCUSSION_LIMITS.bodyMax })}
        value={values.body}
        onChange={(body) => setValues((current) => ({ ...current, body }))}
        error={form.fieldErrors.body}
        rows={6}
      />
      {canAnnounce ? (
        <div className="checkbox-field">
          <input
            id="new-thread-announcement"
            type="checkbox"
            checked={values.announcement}
            aria-describedby="new-thread-announcement-hint"
            onChange={(event) => setValues((current) => ({ ...current, announcement: event.target.checked }))}
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
