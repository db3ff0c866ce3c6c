import type { PracticeSummary } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/useLocale';
import { practiceHref } from '../api';
import { CurationBadge } from './CurationBadge';
import { RatingSummary } from './RatingSummary';

/** One practice in a list: its curation label, its rating per outcome, whom it is for and where it runs. */
export function PracticeCard({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation();
  const { countryName, formatList, formatDate } = useLocale();
  return (
    <li className="card practice-card">
      <h3 className="card__title">
        <Link to={practiceHref(practice)}>{practice.title}</Link>
      </h3>
      <CurationBadge practice={practice} />
      <p className="practice-card__summary">{practice.summary}</p>
      <RatingSummary rating={practice.evidenceRating} />
      <ul className="meta-list">
        <li>{formatList(practice.targetGroups.map((group) => t(`practices.targetGroups.${group}`)))}</li>
        {practice.countries.length > 0 ? (
          <li>{t('practices.list.implementedIn', { countries: formatList(practice.countries.map(countryName)) })}</li>
        ) : null}
        <li>{practice.organisation}</li>
        {practice.feedbackCount > 0 ? (
          <li>{t('practices.list.feedbackCount', { count: practice.feedbackCount })}</li>
        ) : null}
        <li>{t('practices.list.updated', { date: formatDate(practice.updatedAt) })}</li>
      </ul>
    </li>
  );
}
