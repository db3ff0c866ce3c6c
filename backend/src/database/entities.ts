import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Listed, not globbed, so that the same list works from sources (tests) and from dist. */
export const ENTITIES = [UserEntity, SessionEntity, AuditEntryEntity];
