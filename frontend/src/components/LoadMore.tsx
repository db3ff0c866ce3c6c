import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** How many items are shown now, announced to screen readers. */
  shown: number;
}

/** "Load more" under a cursor-paginated list, with a count of what is shown. */
export function LoadMore({ hasMore, loading, onLoadMore, shown }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="load-more__count" role="status" aria-live="polite">
        {hasMore ? t('common.shownSoFar', { count: shown }) : t('common.shownAll', { count: shown })}
      </p>
      {hasMore ? (
        <Button variant="secondary" onClick={onLoadMore} busy={loading} busyLabel={t('common.loadingMore')}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
