import { createAdaptationSchema, createResourceSchema, type Resource, type ResourceSummary } from '@pn/shared';
import { useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField } from '../../../components/TextField';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { duplicateOf, fileProblem } from '../api';
import { toRequest, type AdaptationBody, type ResourceBody, type ResourceFormValues } from '../resourceForm';
import { DuplicateNotice } from './DuplicateNotice';
import { ResourceFields } from './ResourceFields';
import { ScopeFields } from './ScopeFields';
import { SourceFields, type SharedResourceValues } from './SourceFields';
import { UploadProgress } from './UploadProgress';

interface ResourceFormProps {
  idPrefix: string;
  initialValues: ResourceFormValues;
  /** An adaptation: a note on what changed is asked for, first. */
  adaptation: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
  busy: boolean;
  progress: number | null;
  /** Shown above the language and country. */
  languageCountryHint?: ReactNode;
  /** Shown above the choice of a file or a link. */
  sourceHint?: ReactNode;
  /** Shown under the language, about the language chosen (e.g. what already exists in it). */
  languageNotice?: (language: string) => ReactNode;
  submit: (body: ResourceBody | AdaptationBody, file: File | null) => Promise<Resource>;
}

/** The form that shares a resource or an adaptation: a file or a link, then what it is and who may see it. */
export function ResourceForm({
  idPrefix,
  initialValues,
  adaptation,
  submitLabel,
  busyLabel,
  cancelTo,
  busy,
  progress,
  languageCountryHint,
  sourceHint,
  languageNotice,
  submit,
}: ResourceFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [duplicate, setDuplicate] = useState<ResourceSummary | null>(null);
  const schema: z.ZodType<ResourceBody | AdaptationBody, FieldValues> = adaptation
    ? createAdaptationSchema
    : createResourceSchema;
  const form = useSchemaForm({
    schema,
    defaultValues: { ...initialValues, file: null } as SharedResourceValues,
    toInput: (values) => toRequest(values, adaptation),
    check: (values) =>
      values.source === 'file' && !values.file ? { file: { key: 'resources.errors.fileRequired' } } : {},
  });

  const send = form.submit((body) => {
    const { source, file } = form.getValues();
    submit(body, source === 'file' ? file : null).then(
      (resource) => void navigate(`/resources/${resource.id}`),
      (error: unknown) => {
        setDuplicate(duplicateOf(error));
        const problem = fileProblem(error);
        // A link's 409 is about the link, not a file: shown for the whole form.
        if (problem && source === 'file') form.setProblems({ file: problem });
        else if (problem) form.setProblems({}, [problem]);
        else form.showServerError(error);
      },
    );
  });

  return (
    <form
      id={form.formId}
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        setDuplicate(null);
        void send(event);
      }}
      noValidate
    >
      <FormAlert messages={form.formErrors} />
      {duplicate ? <DuplicateNotice existing={duplicate} /> : null}
      {adaptation ? (
        <TextAreaField
          id={`${idPrefix}-note`}
          label={t('resources.fields.note')}
          hint={t('resources.fields.noteHint')}
          {...form.field('note')}
        />
      ) : null}
      {sourceHint ? <p className="muted">{sourceHint}</p> : null}
      <SourceFields idPrefix={idPrefix} form={form} onFileChange={() => setDuplicate(null)} />
      <ResourceFields
        idPrefix={idPrefix}
        form={form}
        languageCountryHint={languageCountryHint}
        languageNotice={languageNotice?.(form.watch('language'))}
      />
      <ScopeFields idPrefix={idPrefix} form={form} />
      <UploadProgress progress={progress} />
      <FormActions submitLabel={submitLabel} busy={busy} busyLabel={busyLabel} cancelTo={cancelTo} />
    </form>
  );
}
