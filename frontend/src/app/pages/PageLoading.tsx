import { LoadingState } from '../../components/States';

/**
 * Shown in the shell while the code of the first page opened arrives. Drawn only after a short delay (see
 * `.page-loading` in the styles), so that on a fast connection it never flashes.
 */
export function PageLoading() {
  return (
    <div className="page-loading">
      <LoadingState />
    </div>
  );
}
