import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import type { FieldErrors } from '../../../lib/useZodForm';
import type { ResourceSource } from '../resourceForm';
import { FileField } from './FileField';
import { RadioGroup } from './RadioGroup';

interface SourceFieldsProps {
  idPrefix: string;
  source: ResourceSource;
  file: File | null;
  url: string;
  errors: FieldErrors<'file' | 'url'>;
  onSourceChange: (source: ResourceSource) => void;
  onFileChange: (file: File | null) => void;
  onUrlChange: (url: string) => void;
}

/** A file to upload, or a link: chosen first, since the rest of the form is the same for both. */
export function SourceFields({
  idPrefix,
  source,
  file,
  url,
  errors,
  onSourceChange,
  onFileChange,
  onUrlChange,
}: SourceFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        name={`${idPrefix}-source`}
        legend={t('resources.fields.sourceLegend')}
        value={source}
        options={[
          { value: 'file', label: t('resources.fields.sourceFile') },
          { value: 'link', label: t('resources.fields.sourceLink') },
        ]}
        onChange={onSourceChange}
      />
      {source === 'file' ? (
        <FileField
          id={`${idPrefix}-file`}
          label={t('resources.fields.file')}
          file={file}
          onChange={onFileChange}
          error={errors.file}
        />
      ) : (
        <TextField
          id={`${idPrefix}-url`}
          label={t('resources.fields.url')}
          hint={t('resources.fields.urlHint')}
          value={url}
          onChange={onUrlChange}
          error={errors.url}
          autoComplete="url"
          spellCheck={false}
          required
        />
      )}
    </>
  );
}
