import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { authKeys } from '../lib/currentUser';
import { useCurrentUser } from '../lib/currentUser';
import { isActive } from '../lib/permissions';
import { syncGroups } from '../features/groups';
import { syncModeration } from '../features/moderation';
import { syncNotifications } from '../features/notifications';
import { closeSocket, loadSocketClient, onRefused, openSocket, useSocket } from '../lib/socket';

/**
 * The socket's life: opened while an active member is signed in, closed on sign-out (or when the account
 * stops being active), and its events fed into the query cache. Renders nothing.
 */
export function Realtime() {
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const userId = isActive(user) ? user.id : null;
  const socket = useSocket();

  useEffect(() => {
    if (!userId) return;
    let closed = false;
    loadSocketClient().then(
      () => {
        if (!closed) openSocket();
      },
      // Not fetched (the connection dropped): this visit has no live updates; the pages still load and refresh.
      () => undefined,
    );
    return () => {
      closed = true;
      closeSocket();
    };
  }, [userId]);

  useEffect(() => {
    if (!socket) return;
    const stops = [
      syncGroups(socket, queryClient),
      syncNotifications(socket, queryClient),
      syncModeration(socket, queryClient),
      // Refused or dropped by the server: the session may have ended (signed out elsewhere, suspended).
      onRefused(() => void queryClient.invalidateQueries({ queryKey: authKeys.me() })),
    ];
    // The discussions' code is loaded for members only: a visitor's first page does without it.
    let stopped = false;
    void import('../features/discussions').then(({ syncDiscussions }) => {
      if (!stopped) stops.push(syncDiscussions(socket, queryClient));
    });
    void import('../features/polls').then(({ syncPolls }) => {
      if (!stopped) stops.push(syncPolls(socket, queryClient));
    });
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  }, [socket, queryClient]);

  return null;
}
