import { RESOURCE_SORTS, type Group, type ResourceSort } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextFilterForm } from '../../../components/TextFilterForm';
import type { ResourceFilters as Filters } from '../api';
import { useResourceOptions } from './useResourceOptions';

interface ResourceFiltersProps {
  filters: Filters;
  /** The groups the reader can see, to filter by where a resource was shared. */
  groups: readonly Group[];
  /** Whether "only what I shared" is offered (to active members). */
  canFilterMine: boolean;
  onChange: (filters: Filters) => void;
}

/** Search, filters and order of the library; every change applies at once (the search after a pause). */
export function ResourceFilters({ filters, groups, canFilterMine, onChange }: ResourceFiltersProps) {
  const { t } = useTranslation();
  const options = useResourceOptions();

  const set = <K extends keyof Filters>(key: K, value: Filters[K] | '') =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });

  // A group in the address that is not in the reader's list (a link from elsewhere) is still offered.
  const groupOptions = groups.map((group) => ({ value: group.slug, label: group.name }));
  if (filters.group && !groupOptions.some((option) => option.value === filters.group)) {
    groupOptions.push({ value: filters.group, label: filters.group });
  }

  return (
    <TextFilterForm
      name="resources"
      className="resource-filters"
      label={t('resources.list.filtersLabel')}
      search={{ label: t('resources.list.search'), hint: t('resources.list.searchHint') }}
      applied={filters.q}
      onText={(q) => onChange({ ...filters, q })}
      clearLabel={t('resources.list.clear')}
      onClear={() => onChange({})}
    >
      <SelectField
        id="resources-type"
        label={t('resources.fields.type')}
        placeholder={t('resources.list.anyType')}
        options={options.types}
        value={filters.type ?? ''}
        onChange={(value) => set('type', value as Filters['type'])}
      />
      <SelectField
        id="resources-language"
        label={t('resources.fields.language')}
        placeholder={t('resources.list.anyLanguage')}
        options={options.languages}
        value={filters.language ?? ''}
        onChange={(value) => set('language', value)}
      />
      <SelectField
        id="resources-country"
        label={t('resources.fields.country')}
        placeholder={t('resources.list.anyCountry')}
        options={options.countries}
        value={filters.country ?? ''}
        onChange={(value) => set('country', value)}
      />
      <SelectField
        id="resources-audience"
        label={t('resources.fields.audience')}
        placeholder={t('resources.list.anyAudience')}
        options={options.audiences}
        value={filters.audience ?? ''}
        onChange={(value) => set('audience', value as Filters['audience'])}
      />
      <SelectField
        id="resources-group"
        label={t('resources.list.group')}
        placeholder={t('resources.list.anyGroup')}
        options={groupOptions}
        value={filters.group ?? ''}
        onChange={(value) => set('group', value)}
      />
      <SelectField
        id="resources-sort"
        label={t('resources.list.sort')}
        options={RESOURCE_SORTS.map((value) => ({ value, label: t(`resources.list.sorts.${value}`) }))}
        value={filters.sort ?? 'newest'}
        onChange={(value) => set('sort', value as ResourceSort)}
      />
      {canFilterMine ? (
        <div className="checkbox-field">
          <input
            id="resources-mine"
            type="checkbox"
            checked={filters.mine ?? false}
            onChange={(event) => set('mine', event.target.checked || undefined)}
          />
          <label htmlFor="resources-mine">{t('resources.list.mine')}</label>
        </div>
      ) : null}
    </TextFilterForm>
  );
}
