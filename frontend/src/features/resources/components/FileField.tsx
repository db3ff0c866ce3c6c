import { RESOURCE_LIMITS } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import type { Message } from '../../../i18n/types';
import { useLocale } from '../../../lib/useLocale';
import { formatFileSize } from '../resourceForm';

/**
 * What the file picker offers. The server recognises the type from the file's first bytes, whatever this
 * says; this only spares people choosing a file that would be refused.
 */
const ACCEPT = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'audio/*',
  'video/*',
].join(',');

interface FileFieldProps {
  id: string;
  label: string;
  file: File | null;
  onChange: (file: File | null) => void;
  error?: Message;
}

export function FileField({ id, label, file, onChange, error }: FileFieldProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <FormField
      id={id}
      label={label}
      hint={t('resources.fields.fileHint', { size: formatFileSize(RESOURCE_LIMITS.fileBytesDefault, locale) })}
      error={error}
      required
    >
      {(control) => (
        <>
          <input
            {...control}
            className="input input--file"
            name={id}
            type="file"
            accept={ACCEPT}
            onChange={(event) => onChange(event.target.files?.[0] ?? null)}
          />
          {file ? (
            <p className="muted" aria-live="polite">
              {t('resources.fields.fileChosen', { name: file.name, size: formatFileSize(file.size, locale) })}
            </p>
          ) : null}
        </>
      )}
    </FormField>
  );
}
