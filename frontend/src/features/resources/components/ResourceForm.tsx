import { createAdaptationSchema, createResourceSchema, type Resource, type ResourceSummary } from '@pn/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormActions } from '../../../components/FormActions';
import { FormAlert } from '../../../components/FormAlert';
import { TextAreaField } from '../../../components/TextField';
import { useZodForm, type FieldErrors } from '../../../lib/useZodForm';
import { duplicateOf, fileProblem } from '../api';
import {
  RESOURCE_FORM_FIELDS,
  toRequest,
  type AdaptationBody,
  type ResourceBody,
  type ResourceFormValues,
} from '../resourceForm';
import { DuplicateNotice } from './DuplicateNotice';
import { ResourceFields } from './ResourceFields';
import { ScopeFields } from './ScopeFields';
import { SourceFields } from './SourceFields';
import { UploadProgress } from './UploadProgress';

type Field = (typeof RESOURCE_FORM_FIELDS)[number];

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
  const [values, setValues] = useState(initialValues);
  const [file, setFile] = useState<File | null>(null);
  const [duplicate, setDuplicate] = useState<ResourceSummary | null>(null);
  const schema: z.ZodType<ResourceBody | AdaptationBody> = adaptation ? createAdaptationSchema : createResourceSchema;
  const form = useZodForm(schema, RESOURCE_FORM_FIELDS);

  const change = <K extends keyof ResourceFormValues>(field: K, value: ResourceFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setDuplicate(null);
    const extra: FieldErrors<Field> =
      values.source === 'file' && !file ? { file: { key: 'resources.errors.fileRequired' } } : {};
    const body = form.validate(toRequest(values, adaptation), extra);
    if (!body) return;
    submit(body, values.source === 'file' ? file : null).then(
      (resource) => void navigate(`/resources/${resource.id}`),
      (error: unknown) => {
        setDuplicate(duplicateOf(error));
        const problem = fileProblem(error);
        // A link's 409 is about the link, not a file: shown for the whole form.
        if (problem && values.source === 'file') form.setProblems({ file: problem });
        else if (problem) form.setProblems({}, [problem]);
        else form.showServerError(error);
      },
    );
  };

  return (
    <form id={form.formId} className="form" onSubmit={onSubmit} noValidate>
      <FormAlert messages={form.formErrors} />
      {duplicate ? <DuplicateNotice existing={duplicate} /> : null}
      {adaptation ? (
        <TextAreaField
          id={`${idPrefix}-note`}
          label={t('resources.fields.note')}
          hint={t('resources.fields.noteHint')}
          value={values.note}
          onChange={(value) => change('note', value)}
          error={form.fieldErrors.note}
        />
      ) : null}
      {sourceHint ? <p className="muted">{sourceHint}</p> : null}
      <SourceFields
        idPrefix={idPrefix}
        source={values.source}
        file={file}
        url={values.url}
        errors={form.fieldErrors}
        onSourceChange={(source) => change('source', source)}
        onFileChange={(next) => {
          setFile(next);
          setDuplicate(null);
        }}
        onUrlChange={(url) => change('url', url)}
      />
      <ResourceFields
        idPrefix={idPrefix}
        values={values}
        errors={form.fieldErrors}
        onChange={change}
        languageCountryHint={languageCountryHint}
        languageNotice={languageNotice?.(values.language)}
      />
      <ScopeFields
        idPrefix={idPrefix}
        scope={values.scope}
        groupSlug={values.groupSlug}
        errors={form.fieldErrors}
        onScopeChange={(scope) => change('scope', scope)}
        onGroupChange={(slug) => change('groupSlug', slug)}
      />
      <UploadProgress progress={progress} />
      <FormActions submitLabel={submitLabel} busy={busy} busyLabel={busyLabel} cancelTo={cancelTo} />
    </form>
  );
}
