import type { PracticeSummary } from '@pn/shared';
import { useTranslation } from 'react-i18next';

const TONE: Record<PracticeSummary['curationLabel'], string> = {
  draft: 'badge--muted',
  submitted: 'badge--pending',
  inspiring: 'badge--active',
  'peer-reviewed': 'badge--active',
  returned: 'badge--pending',
  archived: 'badge--muted',
};

/**
 * Where the practice stands in curation. Deliberately worded and styled apart from the evidence rating:
 * a curated practice is not thereby an effective one.
 */
export function CurationBadge({ practice }: { practice: Pick<PracticeSummary, 'curationLabel' | 'archiveProposed'> }) {
  const { t } = useTranslation();
  const label = t(`practices.labels.${practice.curationLabel}`);
  return (
    <span className="curation-badges">
      <span
        className={`badge curation-badge ${TONE[practice.curationLabel]}`}
        title={t(`practices.labelHints.${practice.curationLabel}`)}
      >
        {t('practices.curationLabel', { label })}
      </span>
      {practice.archiveProposed ? <span className="badge badge--pending">{t('practices.archiveProposed')}</span> : null}
    </span>
  );
}
