import type { ResourceSummary } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/TextField';
import { useLibrarySearch } from '../hooks/useMeetings';

/** Choosing a meeting's outputs among the library's resources, found by words. */
export function OutputsPicker({
  chosen,
  onChange,
}: {
  chosen: ResourceSummary[];
  onChange: (next: ResourceSummary[]) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useLibrarySearch(q);
  const chosenIds = new Set(chosen.map((resource) => resource.id));
  const found = (search.data?.items ?? []).filter((resource) => !chosenIds.has(resource.id));
  return (
    <fieldset className="fieldset outputs-picker">
      <legend>{t('meetings.form.outputsLabel')}</legend>
      <p className="field__hint">{t('meetings.form.outputsHint')}</p>
      {chosen.length > 0 ? (
        <ul className="outputs-picker__chosen">
          {chosen.map((resource) => (
            <li key={resource.id}>
              <span>{resource.title}</span>{' '}
              <Button
                variant="link"
                onClick={() => onChange(chosen.filter((other) => other.id !== resource.id))}
                aria-label={t('meetings.form.remove', { title: resource.title })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextField
        id="meeting-outputs-search"
        type="search"
        label={t('meetings.form.searchLibrary')}
        value={q}
        onChange={setQ}
        optional
      />
      {q.trim().length >= 2 && search.isSuccess ? (
        found.length === 0 ? (
          <p className="muted">{t('meetings.form.noResults')}</p>
        ) : (
          <ul className="outputs-picker__results" aria-label={t('meetings.form.searchLibrary')}>
            {found.map((resource) => (
              <li key={resource.id}>
                <span>{resource.title}</span>{' '}
                <Button variant="secondary" className="button--small" onClick={() => onChange([...chosen, resource])}>
                  {t('meetings.form.add')}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
