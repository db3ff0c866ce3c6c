import { ACCOUNT_STATUSES, ROLES } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { UserFilters } from '../api';

interface UserFiltersFormProps {
  filters: UserFilters;
  onApply: (filters: UserFilters) => void;
}

/** Filters of the users list, applied on submit (changing a select alone does not reload the list). */
export function UserFiltersForm({ filters, onApply }: UserFiltersFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(filters.status ?? '');
  const [role, setRole] = useState<string>(filters.role ?? '');
  const [q, setQ] = useState(filters.q ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      ...(status ? { status: status as UserFilters['status'] } : {}),
      ...(role ? { role: role as UserFilters['role'] } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
    });
  };

  const clear = () => {
    setStatus('');
    setRole('');
    setQ('');
    onApply({});
  };

  return (
    <form className="filters card" role="search" aria-label={t('admin.users.filtersLabel')} onSubmit={submit}>
      <TextField
        id="users-q"
        label={t('admin.users.search')}
        hint={t('admin.users.searchHint')}
        type="search"
        value={q}
        onChange={setQ}
      />
      <SelectField
        id="users-status"
        label={t('fields.status')}
        placeholder={t('admin.users.anyStatus')}
        options={ACCOUNT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
        value={status}
        onChange={setStatus}
      />
      <SelectField
        id="users-role"
        label={t('fields.role')}
        placeholder={t('admin.users.anyRole')}
        options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        value={role}
        onChange={setRole}
      />
      <div className="filters__actions">
        <Button type="submit">{t('admin.users.apply')}</Button>
        <Button variant="link" onClick={clear}>
          {t('admin.users.clear')}
        </Button>
      </div>
    </form>
  );
}
