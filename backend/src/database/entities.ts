import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { MessageFlagEntity } from '../modules/discussions/message-flag.entity';
import { MessageEntity } from '../modules/discussions/message.entity';
import { ThreadReaderEntity } from '../modules/discussions/thread-reader.entity';
import { ThreadEntity } from '../modules/discussions/thread.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { MembershipEntity } from '../modules/groups/membership.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Listed, not globbed, so that the same list works from sources (tests) and from dist. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  GroupEntity,
  MembershipEntity,
  ThreadEntity,
  MessageEntity,
  MessageFlagEntity,
  ThreadReaderEntity,
  NotificationEntity,
];
