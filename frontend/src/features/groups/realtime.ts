import type { ServerToClientEvents } from '@pn/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import { groupKeys } from './api';

/** Activity in one of the user's groups (a message, a thread): its unread counts and thread list are stale. */
export function syncGroups(socket: AppSocket, client: QueryClient): () => void {
  const onActivity: ServerToClientEvents['group:activity'] = () => {
    void client.invalidateQueries({ queryKey: groupKeys.lists() });
    void client.invalidateQueries({ queryKey: groupKeys.details() });
    void client.invalidateQueries({ queryKey: groupKeys.threadLists() });
  };
  socket.on('group:activity', onActivity);
  return () => {
    socket.off('group:activity', onActivity);
  };
}
