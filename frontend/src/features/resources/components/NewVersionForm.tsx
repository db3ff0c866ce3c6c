import { newVersionSchema } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { FormAlert } from '../../../components/FormAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { TextAreaField } from '../../../components/TextField';
import { useZodForm } from '../../../lib/useZodForm';
import { fileProblem } from '../api';
import { useUploadVersion } from '../hooks/useResourceMutations';
import { FileField } from './FileField';
import { UploadProgress } from './UploadProgress';

const FIELDS = ['file', 'note'] as const;

/** The author replaces the file; the earlier versions stay in the history. */
export function NewVersionForm({ resourceId }: { resourceId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  // Changing the key empties the file input after an upload (a file input cannot be set from state).
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState(false);
  const form = useZodForm(newVersionSchema, FIELDS);
  const upload = useUploadVersion(resourceId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const body = form.validate(
      { note: note || undefined },
      file ? {} : { file: { key: 'resources.errors.fileRequired' } },
    );
    if (!body || !file) return;
    upload.mutate(
      { file, note: body.note ?? '' },
      {
        onSuccess: () => {
          setFile(null);
          setNote('');
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
  };

  return (
    <form id={form.formId} key={formKey} className="form card" onSubmit={submit} noValidate>
      <h3>{t('resources.versions.newTitle')}</h3>
      <p className="muted">{t('resources.versions.newIntro')}</p>
      <FormAlert messages={form.formErrors} />
      <FileField
        id="new-version-file"
        label={t('resources.versions.file')}
        file={file}
        onChange={(next) => {
          setFile(next);
          setDone(false);
        }}
        error={form.fieldErrors.file}
      />
      <TextAreaField
        id="new-version-note"
        label={t('resources.versions.note')}
        value={note}
        onChange={setNote}
        error={form.fieldErrors.note}
        optional
      />
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
