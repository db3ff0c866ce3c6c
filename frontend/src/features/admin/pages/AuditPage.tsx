import { AUDIT_ACTIONS } from '@pn/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { EmptyState } from '../../../components/States';
import { usePageTitle } from '../../../lib/usePageTitle';
import { parseAuditFilters, type AuditFilters } from '../api';
import { isKnownAction } from '../auditText';
import { AuditTable, useAuditActionLabel } from '../components/AuditTable';
import { useAuditList } from '../hooks/useAdminLists';

/** The filters as a query string of this page, without the empty ones. */
function searchOf(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** A day field of the filters (the browser's date picker, keyboard-usable). */
function DayField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <FormField id={id} label={label}>
      {(control) => (
        <input
          {...control}
          className="input"
          name={id}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/**
 * The audit log (admin): every privileged action, newest first, each as a sentence with its details in the
 * reader's language, filterable by action, by who acted (from any of their entries) and by a range of days.
 */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseAuditFilters(searchParams);
  const list = useAuditList(filters);
  const actionLabel = useAuditActionLabel();
  const [action, setAction] = useState(filters.action ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const [badRange, setBadRange] = useState(false);
  const filtered = Object.keys(filters).length > 0;
  // The actor's name, from any entry of theirs on screen (the list holds only their entries then).
  const actorName = filters.actor
    ? list.data?.pages.flatMap((page) => page.items).find((entry) => entry.actor?.id === filters.actor)?.actor
        ?.displayName
    : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (from && to && to < from) {
      setBadRange(true);
      return;
    }
    setBadRange(false);
    setSearchParams(searchOf({ ...filters, action: isKnownAction(action) ? action : undefined, from, to }));
  };
  const actorHref = (actorId: string) => `?${new URLSearchParams(searchOf({ ...filters, actor: actorId }))}`;
  const withoutActor = `?${new URLSearchParams(searchOf({ ...filters, actor: undefined }))}`;

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
          value={action}
          onChange={setAction}
        />
        <DayField id="audit-from" label={t('admin.audit.filters.from')} value={from} onChange={setFrom} />
        <DayField id="audit-to" label={t('admin.audit.filters.to')} value={to} onChange={setTo} />
        <div className="filters__actions">
          <Button type="submit">{t('admin.audit.apply')}</Button>
        </div>
        {badRange ? (
          <p className="field__error" role="alert">
            {t('admin.audit.filters.badRange')}
          </p>
        ) : null}
      </form>
      {filters.actor ? (
        <p className="audit-actor-filter" role="status">
          {t('admin.audit.filters.actor')}: <strong>{actorName ?? t('admin.audit.someone')}</strong>{' '}
          <Link to={withoutActor}>{t('admin.audit.filters.clearActor')}</Link>
        </p>
      ) : null}

      <PagedResults
        list={list}
        empty={
          <EmptyState title={t('admin.audit.emptyTitle')}>
            <p>{filtered ? t('admin.audit.emptyFiltered') : t('admin.audit.emptyText')}</p>
          </EmptyState>
        }
        renderItems={(entries) => <AuditTable entries={entries} actorHref={actorHref} />}
      />
    </div>
  );
}
