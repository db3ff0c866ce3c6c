import type { AuditEntry } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Translation } from '../../../i18n/types';
import { useLocale } from '../../../lib/useLocale';
import { auditDetails, isKnownAction, keyAsWords, sentenceValues, type DetailValue } from '../auditText';

type DetailLabel = Extract<keyof Translation['admin']['audit']['detailLabels'], string>;

/** The label of an audit action; actions added later by the server are shown as they are named. */
export function useAuditActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => (isKnownAction(action) ? t(`auditActions.${action}`) : action);
}

/** What happened, as a sentence in the reader's language. */
function useAuditSentence(): (entry: AuditEntry) => string {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  return (entry) => {
    if (!isKnownAction(entry.action)) return actionLabel(entry.action);
    const values = sentenceValues(entry, { someone: t('admin.audit.someone'), system: t('admin.audit.system') });
    return t(`admin.audit.sentences.${entry.action}`, { ...values });
  };
}

function useDetailText(): { label: (key: string) => string; value: (value: DetailValue) => string } {
  const { t } = useTranslation();
  const labels = t('admin.audit.detailLabels', { returnObjects: true }) as Record<DetailLabel, string>;
  const label = (key: string) => (key in labels ? labels[key as DetailLabel] : keyAsWords(key));
  const word = (key: string, value: string): string => {
    switch (key) {
      case 'role':
        return t(`roles.${value}`, { defaultValue: value });
      case 'status':
        return t(`statuses.${value}`, { defaultValue: value });
      case 'membershipRole':
        return t(`groups.roles.${value}`, { defaultValue: value });
      case 'joinPolicy':
        return t(`groups.joinPolicies.${value}`, { defaultValue: value });
      case 'visibility':
        return t(`groups.manage.visibilities.${value}`, { defaultValue: value });
      case 'kind':
        return t(`groups.kindLabels.${value}`, { defaultValue: value });
      default:
        return value;
    }
  };
  const value = (shown: DetailValue): string => {
    switch (shown.kind) {
      case 'text':
      case 'name':
        return shown.text;
      case 'flag':
        return shown.value ? t('admin.audit.yes') : t('admin.audit.no');
      case 'list':
        return shown.items.join('; ');
      case 'vocabulary':
        return word(shown.key, shown.value);
      case 'fields':
        return shown.fields.map((field) => `${label(field.key)}: ${value(field.value)}`).join(', ');
    }
  };
  return { label, value };
}

function Details({ entry }: { entry: AuditEntry }) {
  const text = useDetailText();
  const details = auditDetails(entry);
  if (details.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="details">
      {details.map(({ key, value }) => (
        <div key={key}>
          <dt>{text.label(key)}</dt>
          <dd>{text.value(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The log's entries; `actorHref` is where a click on an actor's name goes (their actions only). */
export function AuditTable({
  entries,
  actorHref,
}: {
  entries: readonly AuditEntry[];
  actorHref: (actorId: string) => string;
}) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocale();
  const actionLabel = useAuditActionLabel();
  const sentence = useAuditSentence();
  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table">
        <caption id="audit-caption">{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.columns.time')}</th>
            <th scope="col">{t('admin.audit.columns.action')}</th>
            <th scope="col">{t('admin.audit.columns.actor')}</th>
            <th scope="col">{t('admin.audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </td>
              <th scope="row">
                <span className="audit-sentence">{sentence(entry)}</span>
                <div className="muted cell-sub">{actionLabel(entry.action)}</div>
              </th>
              <td>
                {entry.actor ? (
                  <>
                    {entry.actor.displayName}
                    <div className="cell-sub">
                      <Link to={actorHref(entry.actor.id)}>
                        {t('admin.audit.filters.onlyBy', { name: entry.actor.displayName })}
                      </Link>
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('admin.audit.system')}</span>
                )}
              </td>
              <td>
                <Details entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
