/** Socket.io room names, in one place. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  group: (groupId: string) => `group:${groupId}`,
  thread: (threadId: string) => `thread:${threadId}`,
};
