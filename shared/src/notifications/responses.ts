import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { groupRefSchema } from '../groups/responses';
import { NOTIFICATION_KINDS, type Notification } from './types';

export const notificationSchema = responseObject({
  id: responseId,
  kind: z.enum(NOTIFICATION_KINDS),
  count: z.number().int(),
  group: groupRefSchema.nullable(),
  thread: responseObject({ id: responseId, title: responseText }).nullable(),
  practice: responseObject({ id: responseId, title: responseText }).nullable(),
  actor: authorSchema.nullable(),
  data: z.record(responseText, z.unknown()),
  read: z.boolean(),
  createdAt: responseTime,
  updatedAt: responseTime,
});

export type NotificationResponseChecks = [Proves<SameShape<z.output<typeof notificationSchema>, Notification>>];
