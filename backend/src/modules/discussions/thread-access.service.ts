import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupVisibility, MembershipRole, MembershipStatus } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { canReadDiscussions, type Viewer } from '../groups/groups.policy';

interface ThreadFacts {
  thread_id: string;
  group_id: string;
  visibility: GroupVisibility;
  archived_at: Date | null;
  membership_role: MembershipRole | null;
  membership_status: MembershipStatus | null;
}

/** Whether someone may read a thread, in one query: used by the socket gateway on every `thread:join`. */
@Injectable()
export class ThreadAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readableThread(threadId: string, viewer: Viewer): Promise<{ threadId: string; groupId: string } | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.id AS thread_id, g.id AS group_id, g.visibility, g.archived_at,
              m.role AS membership_role, m.status AS membership_status
         FROM threads t
         JOIN groups g ON g.id = t.group_id
         LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $2
        WHERE t.id = $1`,
      [threadId, viewer?.id ?? null],
    )) as ThreadFacts[];
    const facts = rows[0];
    if (!facts) return null;
    const membership =
      facts.membership_role && facts.membership_status
        ? { role: facts.membership_role, status: facts.membership_status }
        : null;
    const group = { visibility: facts.visibility, archivedAt: facts.archived_at };
    return canReadDiscussions(group, membership, viewer)
      ? { threadId: facts.thread_id, groupId: facts.group_id }
      : null;
  }
}
