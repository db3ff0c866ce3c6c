import { useTranslation } from 'react-i18next';
import { Button } from './Button';

/** What every cursor-paginated list hook gives: its items so far and TanStack Query's paging state. */
export interface PagedList {
  items: readonly unknown[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" under a cursor-paginated list, with a count of what is shown. */
export function LoadMore({ list }: { list: PagedList }) {
  const { t } = useTranslation();
  const shown = list.items.length;
  return (
    <div className="load-more">
      <p className="load-more__count" role="status" aria-live="polite">
        {list.hasNextPage ? t('common.shownSoFar', { count: shown }) : t('common.shownAll', { count: shown })}
      </p>
      {list.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void list.fetchNextPage()}
          busy={list.isFetchingNextPage}
          busyLabel={t('common.loadingMore')}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
