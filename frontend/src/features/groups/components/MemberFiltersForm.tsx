import { PROFESSIONS } from '@pn/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/SelectField';
import { countryList } from '../../../lib/displayNames';
import { useLocale } from '../../../lib/useLocale';
import type { MemberFilters } from '../api';

interface MemberFiltersFormProps {
  filters: MemberFilters;
  onApply: (filters: MemberFilters) => void;
}

/** Filters of the member directory, applied on submit. */
export function MemberFiltersForm({ filters, onApply }: MemberFiltersFormProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [profession, setProfession] = useState<string>(filters.profession ?? '');
  const [country, setCountry] = useState<string>(filters.country ?? '');
  const countries = useMemo(
    () => countryList(locale).map(({ code, name }) => ({ value: code, label: name })),
    [locale],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      ...(profession ? { profession: profession as MemberFilters['profession'] } : {}),
      ...(country ? { country } : {}),
    });
  };

  return (
    <form className="filters card" role="search" aria-label={t('groups.members.filtersLabel')} onSubmit={submit}>
      <SelectField
        id="members-profession"
        label={t('fields.profession')}
        placeholder={t('groups.members.anyProfession')}
        options={PROFESSIONS.map((value) => ({ value, label: t(`professions.${value}`) }))}
        value={profession}
        onChange={setProfession}
      />
      <SelectField
        id="members-country"
        label={t('fields.country')}
        placeholder={t('groups.members.anyCountry')}
        options={countries}
        value={country}
        onChange={setCountry}
      />
      <div className="filters__actions">
        <Button type="submit">{t('groups.members.apply')}</Button>
        <Button
          variant="link"
          onClick={() => {
            setProfession('');
            setCountry('');
            onApply({});
          }}
        >
          {t('groups.members.clear')}
        </Button>
      </div>
    </form>
  );
}
