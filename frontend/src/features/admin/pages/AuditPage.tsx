import { AUDIT_ACTIONS } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { AuditTable, useAuditActionLabel } from '../components/AuditTable';
import { useAuditList } from '../hooks/useAdminLists';

/** The audit log (admin): every privileged action, newest first, filterable by action. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const action = searchParams.get('action')?.trim().slice(0, 100) ?? '';
  const list = useAuditList(action ? { action } : {});
  const actionLabel = useAuditActionLabel();
  const [selected, setSelected] = useState(action);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(selected ? { action: selected } : {});
  };

  return (
    <div className="page page--wide">
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro')}</p>
      <form className="filters card" role="search" aria-label={t('admin.audit.filtersLabel')} onSubmit={submit}>
        <SelectField
          id="audit-action"
          label={t('admin.audit.columns.action')}
          placeholder={t('admin.audit.allActions')}
          options={AUDIT_ACTIONS.map((value) => ({ value, label: actionLabel(value) }))}
          value={selected}
          onChange={setSelected}
        />
        <div className="filters__actions">
          <Button type="submit">{t('admin.audit.apply')}</Button>
        </div>
      </form>

      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('admin.audit.emptyTitle')}>
            <p>{action ? t('admin.audit.emptyFiltered') : t('admin.audit.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(entries) => <AuditTable entries={entries} />}
      />
    </div>
  );
}
