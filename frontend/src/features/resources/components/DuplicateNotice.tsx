import type { ResourceSummary } from '@pn/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The same file was shared before: say so and lead to it, instead of storing it twice. */
export function DuplicateNotice({ existing }: { existing: ResourceSummary }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--warning" role="alert" tabIndex={-1}>
      <p className="alert__title">{t('resources.duplicate.title')}</p>
      <p>{t('resources.duplicate.text')}</p>
      <p>
        <Link to={`/resources/${existing.id}`}>{t('resources.duplicate.open', { title: existing.title })}</Link>
      </p>
    </div>
  );
}
