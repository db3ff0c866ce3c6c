import type { PracticeContent, PracticeRevision } from '@pn/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { ErrorState, LoadingState } from '../../../components/States';
import { useLocale } from '../../../lib/useLocale';
import { useRevisions } from '../hooks/usePractices';
import { defaultComparison, diffContents, type ContentField } from '../revisionDiff';

/** Every revision of the practice, and the fields that differ between two of them, side by side. */
export function RevisionCompare({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation();
  const { formatDate } = useLocale();
  const revisions = useRevisions(practiceId, true);
  const [choice, setChoice] = useState<{ from: number; to: number } | null>(null);

  return (
    <section className="section" id="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('practices.revisions.title')}</h2>
      {revisions.isPending ? (
        <LoadingState />
      ) : revisions.isError ? (
        <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : (
        <>
          <ol className="revision-list">
            {revisions.data.map((revision) => (
              <li key={revision.number}>
                {t('practices.revisions.item', { number: revision.number, date: formatDate(revision.createdAt) })}{' '}
                <span className="badge badge--muted">{t(`practices.revisions.states.${revision.state}`)}</span>
                {revision.reviewComment ? (
                  <span className="muted"> {t('practices.history.comment', { comment: revision.reviewComment })}</span>
                ) : null}
              </li>
            ))}
          </ol>
          {revisions.data.length < 2 ? (
            <p className="muted">{t('practices.revisions.empty')}</p>
          ) : (
            <Comparison
              revisions={revisions.data}
              choice={choice ?? defaultComparison(revisions.data)!}
              onChoose={setChoice}
            />
          )}
        </>
      )}
    </section>
  );
}

interface ComparisonProps {
  revisions: readonly PracticeRevision[];
  choice: { from: number; to: number };
  onChoose: (choice: { from: number; to: number }) => void;
}

function Comparison({ revisions, choice, onChoose }: ComparisonProps) {
  const { t } = useTranslation();
  const options = revisions.map((revision) => ({
    value: String(revision.number),
    label: t('practices.page.revision', { number: revision.number }),
  }));
  const from = revisions.find((revision) => revision.number === choice.from);
  const to = revisions.find((revision) => revision.number === choice.to);
  const differences = from && to && from !== to ? diffContents(from.content, to.content) : [];

  return (
    <>
      <p className="muted">{t('practices.revisions.intro')}</p>
      <div className="form__row revision-choice">
        <SelectField
          id="revision-from"
          label={t('practices.revisions.from')}
          options={options}
          value={String(choice.from)}
          onChange={(value) => onChoose({ ...choice, from: Number(value) })}
        />
        <SelectField
          id="revision-to"
          label={t('practices.revisions.to')}
          options={options}
          value={String(choice.to)}
          onChange={(value) => onChoose({ ...choice, to: Number(value) })}
        />
      </div>
      <div aria-live="polite">
        {!from || !to || from === to ? (
          <p>{t('practices.revisions.same')}</p>
        ) : differences.length === 0 ? (
          <p>{t('practices.revisions.noDifference')}</p>
        ) : (
          <>
            <p>{t('practices.revisions.differences', { count: differences.length })}</p>
            <div className="table-wrap">
              <table className="table revision-diff">
                <thead>
                  <tr>
                    <th scope="col">{t('practices.revisions.field')}</th>
                    <th scope="col">{t('practices.revisions.before', { number: from.number })}</th>
                    <th scope="col">{t('practices.revisions.after', { number: to.number })}</th>
                  </tr>
                </thead>
                <tbody>
                  {differences.map((difference) => (
                    <tr key={difference.field}>
                      <th scope="row">
                        {t(
                          `practices.fields.${difference.field === 'relatedResourceIds' ? 'relatedResources' : difference.field}`,
                        )}
                      </th>
                      <td className="pre-line">
                        <FieldValue field={difference.field} value={difference.before} />
                      </td>
                      <td className="pre-line">
                        <FieldValue field={difference.field} value={difference.after} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </>
  );
}

/** A field's value in words: vocabulary values translated, codes named, empty shown as a dash. */
function FieldValue({ field, value }: { field: ContentField; value: PracticeContent[ContentField] }) {
  const { t } = useTranslation();
  const { countryName, languageName, formatList } = useLocale();
  const empty = t('practices.revisions.empty_value');
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return <>{empty}</>;
  switch (field) {
    case 'targetGroups':
      return <>{formatList((value as string[]).map((item) => t(`practices.targetGroups.${item as 'children'}`)))}</>;
    case 'settings':
      return <>{formatList((value as string[]).map((item) => t(`practices.settings.${item as 'online'}`)))}</>;
    case 'countries':
      return <>{formatList((value as string[]).map(countryName))}</>;
    case 'languages':
      return <>{formatList((value as string[]).map(languageName))}</>;
    case 'language':
      return <>{languageName(String(value))}</>;
    case 'preventionLevel':
      return <>{t(`practices.levels.${value as 'primary'}`)}</>;
    case 'survivorInvolvement':
      return <>{t(`practices.survivorInvolvements.${value as 'none'}`)}</>;
    case 'relatedResourceIds':
      return <>{(value as string[]).length}</>;
    default:
      return <>{String(value)}</>;
  }
}
