import type { Poll, ServerToClientEvents } from '@pn/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import { pollKeys, withUpdate } from './api';

/**
 * Live counts of the polls on screen: put in the cache at once, then the poll is fetched again for what the
 * event never carries (who voted, in a named poll) and so that of two events crossing, the newest counts win.
 */
export function syncPolls(socket: AppSocket, client: QueryClient): () => void {
  const onUpdated: ServerToClientEvents['poll:updated'] = (update) => {
    const key = pollKeys.detail(update.pollId);
    const poll = client.getQueryData<Poll>(key);
    if (!poll) return;
    client.setQueryData<Poll>(key, withUpdate(poll, update));
    void client.invalidateQueries({ queryKey: key });
  };
  socket.on('poll:updated', onUpdated);
  return () => {
    socket.off('poll:updated', onUpdated);
  };
}
