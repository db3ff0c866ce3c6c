import { newVersionSchema } from '@pn/shared';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField } from '../../../components/TextField';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { fileProblem } from '../api';
import { useUploadVersion } from '../hooks/useResourceMutations';
import { FileField } from './FileField';
import { UploadProgress } from './UploadProgress';

const EMPTY = { file: null as File | null, note: '' };

/** The author replaces the file; the earlier versions stay in the history. */
export function NewVersionForm({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation();
  // Changing the key empties the file input after an upload (a file input cannot be set from state).
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState(false);
  const form = useSchemaForm({
    schema: newVersionSchema,
    defaultValues: EMPTY,
    toInput: ({ note }) => ({ note: note || undefined }),
    check: ({ file }) => (file ? {} : { file: { key: 'resources.errors.fileRequired' } }),
  });
  const upload = useUploadVersion(resourceId);

  const submit = form.submit((body) => {
    const { file } = form.getValues();
    if (!file) return;
    upload.mutate(
      { file, note: body.note ?? '' },
      {
        onSuccess: () => {
          form.reset(EMPTY);
          setFormKey((key) => key + 1);
          setDone(true);
        },
        onError: (error) => {
          const problem = fileProblem(error);
          if (problem) form.setProblems({ file: problem });
          else form.showServerError(error);
        },
      },
    );
  });

  return (
    <form
      id={form.formId}
      key={formKey}
      className="form card"
      onSubmit={(event) => {
        setDone(false);
        void submit(event);
      }}
      noValidate
    >
      <h3>{t('resources.versions.newTitle')}</h3>
      <p className="muted">{t('resources.versions.newIntro')}</p>
      <FormAlert messages={form.formErrors} />
      <Controller
        control={form.control}
        name="file"
        render={({ field }) => (
          <FileField
            id="new-version-file"
            label={t('resources.versions.file')}
            file={field.value}
            onChange={(next) => {
              field.onChange(next);
              setDone(false);
            }}
            error={form.fieldError('file')}
          />
        )}
      />
      <TextAreaField id="new-version-note" label={t('resources.versions.note')} {...form.field('note')} optional />
      <UploadProgress progress={upload.progress} />
      <div className="form__actions">
        <Button type="submit" busy={upload.isPending} busyLabel={t('resources.versions.submitting')}>
          {t('resources.versions.submit')}
        </Button>
      </div>
      <StatusMessage message={done ? t('resources.versions.done') : null} />
    </form>
  );
}
