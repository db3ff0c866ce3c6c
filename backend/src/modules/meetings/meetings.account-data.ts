import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountData, type AccountDataExporter, type AccountOwner } from '../users/account-data';
import { AfterCommit } from '../../common/after-commit';
import { calendarFeedsRepository as feeds, meetingsRepository as meetings } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** A person's answers to meetings and whether they have a calendar feed (its token is never stored). */
@Injectable()
@AccountData()
export class MeetingsAccountData implements AccountDataExporter {
  async export(owner: AccountOwner, manager: EntityManager) {
    const responses = await meetings.responsesOfPerson(manager, owner.user.id);
    const feed = await feeds.feedOf(manager, owner.user.id);
    return {
      meetingResponses: responses.map((row) => ({
        meetingId: row.meetingId,
        title: row.title,
        startsAt: row.startsAt.toISOString(),
        response: row.response,
        waitlisted: row.waitlisted,
        respondedAt: row.respondedAt.toISOString(),
      })),
      calendarFeed: feed ? { createdAt: feed.createdAt.toISOString() } : null,
    };
  }

  constructor(private readonly service: MeetingsService) {}

  /** Answers and the feed go; a place the person held is given to whoever waits next. */
  async erase(userId: string, manager: EntityManager): Promise<void> {
    const freed = await meetings.removeResponsesOfPerson(manager, userId);
    // The notices are stored (and emailed) in the erasure's transaction; their live push is left out, as the
    // erasure's commit is not this module's to wait for.
    const after = new AfterCommit();
    for (const meetingId of freed) await this.service.fillPlaces(manager, after, meetingId);
    await feeds.remove(manager, userId);
  }
}
