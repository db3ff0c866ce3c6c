import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import type { SchemaForm } from '../../../lib/useSchemaForm';
import type { ResourceFormValues, ResourceSource } from '../resourceForm';
import { FileField } from './FileField';
import { RadioGroup } from './RadioGroup';

/** The sharing form's values: the resource's, and the file chosen to upload. */
export type SharedResourceValues = ResourceFormValues & { file: File | null };

interface SourceFieldsProps<Output> {
  idPrefix: string;
  form: SchemaForm<SharedResourceValues, Output>;
  /** Told when another file is chosen (e.g. to forget that the previous one was a duplicate). */
  onFileChange: () => void;
}

/** A file to upload, or a link: chosen first, since the rest of the form is the same for both. */
export function SourceFields<Output>({ idPrefix, form, onFileChange }: SourceFieldsProps<Output>) {
  const { t } = useTranslation();
  const source = form.watch('source');
  return (
    <>
      <Controller
        control={form.control}
        name="source"
        render={({ field }) => (
          <RadioGroup<ResourceSource>
            name={`${idPrefix}-source`}
            legend={t('resources.fields.sourceLegend')}
            value={field.value}
            options={[
              { value: 'file', label: t('resources.fields.sourceFile') },
              { value: 'link', label: t('resources.fields.sourceLink') },
            ]}
            onChange={field.onChange}
          />
        )}
      />
      {source === 'file' ? (
        <Controller
          control={form.control}
          name="file"
          render={({ field }) => (
            <FileField
              id={`${idPrefix}-file`}
              label={t('resources.fields.file')}
              file={field.value}
              onChange={(file) => {
                field.onChange(file);
                onFileChange();
              }}
              error={form.fieldError('file')}
            />
          )}
        />
      ) : (
        <TextField
          id={`${idPrefix}-url`}
          label={t('resources.fields.url')}
          hint={t('resources.fields.urlHint')}
          {...form.field('url')}
          autoComplete="url"
          spellCheck={false}
          required
        />
      )}
    </>
  );
}
