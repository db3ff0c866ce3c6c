import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { authKeys } from '../lib/currentUser';
import { useCurrentUser } from '../lib/currentUser';
import { isActive } from '../lib/permissions';
import { syncDiscussions } from '../features/discussions';
import { syncGroups } from '../features/groups';
import { syncModeration } from '../features/moderation';
import { syncNotifications } from '../features/notifications';
import { closeSocket, onRefused, openSocket, useSocket } from '../lib/socket';

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
    openSocket();
    return () => closeSocket();
  }, [userId]);

  useEffect(() => {
    if (!socket) return;
    const stops = [
      syncDiscussions(socket, queryClient),
      syncGroups(socket, queryClient),
      syncNotifications(socket, queryClient),
      syncModeration(socket, queryClient),
      // Refused or dropped by the server: the session may have ended (signed out elsewhere, suspended).
      onRefused(() => void queryClient.invalidateQueries({ queryKey: authKeys.me() })),
    ];
    return () => stops.forEach((stop) => stop());
  }, [socket, queryClient]);

  return null;
}
