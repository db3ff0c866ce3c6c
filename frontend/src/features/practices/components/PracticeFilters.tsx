import { OUTCOME_CONSTRUCTS, PREVENTION_LEVELS, RATING_DIRECTIONS, SETTINGS, TARGET_GROUPS } from '@pn/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextFilterForm } from '../../../components/TextFilterForm';
import { countryList, languageList } from '../../../lib/displayNames';
import { useLocale } from '../../../lib/useLocale';
import type { PracticeFilters as Filters } from '../api';

interface PracticeFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Search and filters of the practices; every change applies at once (the search after a pause). */
export function PracticeFilters({ filters, onChange }: PracticeFiltersProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();

  const options = useMemo(
    () => ({
      targetGroups: TARGET_GROUPS.map((value) => ({ value, label: t(`practices.targetGroups.${value}`) })),
      levels: PREVENTION_LEVELS.map((value) => ({ value, label: t(`practices.levels.${value}`) })),
      settings: SETTINGS.map((value) => ({ value, label: t(`practices.settings.${value}`) })),
      constructs: OUTCOME_CONSTRUCTS.map((value) => ({ value, label: t(`evidence.constructs.${value}`) })),
      ratings: RATING_DIRECTIONS.map((value) => ({ value, label: t(`evidence.directions.${value}`) })),
      strengths: [1, 2, 3, 4].map((value) => ({
        value: String(value),
        label: t('practices.list.strengthOption', { strength: value }),
      })),
      countries: countryList(locale).map(({ code, name }) => ({ value: code, label: name })),
      languages: languageList(locale).map(({ code, name }) => ({ value: code, label: name })),
    }),
    [t, locale],
  );

  const set = <K extends keyof Filters>(key: K, value: Filters[K] | '') =>
    onChange({ ...filters, [key]: value === '' ? undefined : value });

  return (
    <TextFilterForm
      name="practices"
      className="practice-filters"
      label={t('practices.list.filtersLabel')}
      search={{ label: t('practices.list.search'), hint: t('practices.list.searchHint') }}
      applied={filters.q}
      onText={(q) => onChange({ ...filters, q })}
      clearLabel={t('practices.list.clear')}
      onClear={() => onChange(filters.mine ? { mine: true } : {})}
    >
      <SelectField
        id="practices-target-group"
        label={t('practices.list.targetGroup')}
        placeholder={t('practices.list.anyTargetGroup')}
        options={options.targetGroups}
        value={filters.targetGroup ?? ''}
        onChange={(value) => set('targetGroup', value as Filters['targetGroup'])}
      />
      <SelectField
        id="practices-level"
        label={t('practices.list.level')}
        placeholder={t('practices.list.anyLevel')}
        options={options.levels}
        value={filters.preventionLevel ?? ''}
        onChange={(value) => set('preventionLevel', value as Filters['preventionLevel'])}
      />
      <SelectField
        id="practices-setting"
        label={t('practices.list.setting')}
        placeholder={t('practices.list.anySetting')}
        options={options.settings}
        value={filters.setting ?? ''}
        onChange={(value) => set('setting', value as Filters['setting'])}
      />
      <SelectField
        id="practices-country"
        label={t('practices.list.country')}
        placeholder={t('practices.list.anyCountry')}
        options={options.countries}
        value={filters.country ?? ''}
        onChange={(value) => set('country', value)}
      />
      <SelectField
        id="practices-language"
        label={t('practices.list.language')}
        placeholder={t('practices.list.anyLanguage')}
        options={options.languages}
        value={filters.language ?? ''}
        onChange={(value) => set('language', value)}
      />
      <SelectField
        id="practices-rating"
        label={t('practices.list.rating')}
        placeholder={t('practices.list.anyRating')}
        options={options.ratings}
        value={filters.rating ?? ''}
        onChange={(value) => set('rating', value as Filters['rating'])}
      />
      <SelectField
        id="practices-strength"
        label={t('practices.list.minStrength')}
        placeholder={t('practices.list.anyStrength')}
        options={options.strengths}
        value={filters.minStrength === undefined ? '' : String(filters.minStrength)}
        onChange={(value) => set('minStrength', value === '' ? '' : Number(value))}
      />
      <SelectField
        id="practices-construct"
        label={t('practices.list.construct')}
        placeholder={t('practices.list.anyConstruct')}
        options={options.constructs}
        value={filters.construct ?? ''}
        onChange={(value) => set('construct', value as Filters['construct'])}
      />
    </TextFilterForm>
  );
}
