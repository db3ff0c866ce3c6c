import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/useLocale';

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The label of an audit action; actions added later by the server are shown as they are named. */
export function useAuditActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => (isKnownAction(action) ? t(`auditActions.${action}`) : action);
}

function formatDetail(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{formatDetail(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const actionLabel = useAuditActionLabel();
  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table">
        <caption id="audit-caption">{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.columns.time')}</th>
            <th scope="col">{t('admin.audit.columns.action')}</th>
            <th scope="col">{t('admin.audit.columns.actor')}</th>
            <th scope="col">{t('admin.audit.columns.target')}</th>
            <th scope="col">{t('admin.audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </td>
              <th scope="row">{actionLabel(entry.action)}</th>
              <td>
                {entry.actor ? entry.actor.displayName : <span className="muted">{t('admin.audit.system')}</span>}
              </td>
              <td>
                <span>{entry.targetType}</span>
                {entry.targetId ? (
                  <div className="muted cell-sub">
                    <code title={entry.targetId}>{entry.targetId.slice(0, 8)}</code>
                  </div>
                ) : null}
              </td>
              <td>
                <Details details={entry.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
