import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import { moderationKeys } from './api';

/**
 * Keeps the moderation counts current: a notification may mean something new waits (a flag, a request,
 * a submission), and any change made in this tab (a decision here or on a group's page) may mean
 * something waits no longer. The counts are one small request, so refetching on each is cheap.
 */
export function syncModeration(socket: AppSocket, client: QueryClient): () => void {
  const refresh = () => void client.invalidateQueries({ queryKey: moderationKeys.summary() });
  socket.on('notification:new', refresh);
  const stopMutations = client.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') refresh();
  });
  return () => {
    socket.off('notification:new', refresh);
    stopMutations();
  };
}
