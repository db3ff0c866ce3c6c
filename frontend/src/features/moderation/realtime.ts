import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import type { ModerationSummary } from '@pn/shared';
import { moderationKeys } from './api';
import { moderates } from './moderationCounts';

/**
 * Keeps the moderation counts current: a notification may mean something new waits (a flag, a request,
 * a submission), and any change made in this tab (a decision here or on a group's page) may mean
 * something waits no longer. The counts are one small request, so refetching on each is cheap.
 */
export function syncModeration(socket: AppSocket, client: QueryClient): () => void {
  const refresh = () => void client.invalidateQueries({ queryKey: moderationKeys.summary() });
  socket.on('notification:new', refresh);
  // Only for those who decide on anything: a member who merely posts need not ask again.
  const stopMutations = client.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (moderates(client.getQueryData<ModerationSummary>(moderationKeys.summary()))) refresh();
  });
  return () => {
    socket.off('notification:new', refresh);
    stopMutations();
  };
}
