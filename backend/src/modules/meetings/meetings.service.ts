import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  meetingSpanProblem,
  type createMeetingSchema,
  type Meeting,
  type MeetingChange,
  type MeetingResponse,
  type meetingsQuerySchema,
  type Page,
  type RsvpResult,
  type updateMeetingSchema,
} from '@pn/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import { isActive, type Viewer } from '../../common/viewer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { canReadDiscussions } from '../discussions/discussions.policy';
import { ThreadsService } from '../discussions/threads.service';
import { GroupsService } from '../groups/groups.service';
import { activeMembers } from '../groups/membership-facts';
import { appLink } from '../mail/links';
import { NotificationsService } from '../notifications/notifications.service';
import { ResourceAccessService } from '../resources/resource-access.service';
import type { UserEntity } from '../users/user.entity';
import { calendarOf } from './ics';
import type { MeetingEntity } from './meeting.entity';
import { toAttendee, toCalendarEvent, toMeeting } from './meetings.mapper';
import {
  canOrganise,
  canReadMeeting,
  fitsAudience,
  placeFor,
  placesFree,
  respondRefusal,
  scheduleRefusal,
} from './meetings.policy';
import { meetingsRepository as meetings, type MeetingFacts, type MeetingView } from './meetings.repository';

type MeetingsQuery = z.output<typeof meetingsQuerySchema>;

/** What a calendar shows of a meeting: changing any of it raises the SEQUENCE and tells the audience. */
const CALENDAR_FIELDS = ['title', 'agenda', 'startsAt', 'endsAt', 'timeZone', 'onlineUrl', 'location'] as const;

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly groups: GroupsService,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
    private readonly resources: ResourceAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The meeting if the caller may read it; 404 otherwise, so that its existence is not given away. */
  async context(meetingId: string, viewer: Viewer, manager: EntityManager = this.dataSource.manager) {
    const facts = await meetings.facts(manager, meetingId, viewer?.id ?? null);
    if (!facts || !canReadMeeting(facts.meeting, facts.group, facts.membership, viewer)) {
      throw new NotFoundException('no meeting with this id');
    }
    return facts;
  }

  async listOfGroup(viewer: UserEntity | undefined, slug: string, query: MeetingsQuery): Promise<Page<Meeting>> {
    const { group, membership } = await this.groups.context(slug, viewer ?? null);
    if (!canReadDiscussions(group, membership, viewer ?? null)) {
      throw new ForbiddenException("only the group's members can see its meetings");
    }
    const page = await meetings.page(this.dataSource.manager, { groupId: group.id }, viewer?.id ?? null, query);
    return { items: await this.present(page.items, viewer ?? null), nextCursor: page.nextCursor };
  }

  async mine(viewer: UserEntity, query: MeetingsQuery): Promise<Page<Meeting>> {
    const page = await meetings.page(
      this.dataSource.manager,
      { audienceOf: viewer.id, networkWide: isActive(viewer) },
      viewer.id,
      query,
    );
    return { items: await this.present(page.items, viewer), nextCursor: page.nextCursor };
  }

  async get(viewer: UserEntity | undefined, meetingId: string): Promise<Meeting> {
    const facts = await this.context(meetingId, viewer ?? null);
    const [meeting] = await this.present([facts], viewer ?? null, { attendees: true });
    return meeting!;
  }

  async create(actor: UserEntity, slug: string, body: z.output<typeof createMeetingSchema>): Promise<Meeting> {
    const after = new AfterCommit();
    const id = await this.dataSource.transaction(async (manager) => {
      const { group, membership } = await this.groups.context(slug, actor, manager);
      const refusal = scheduleRefusal(group, membership, actor, body.networkWide);
      if (refusal?.status === 400) throw new BadRequestException([refusal.message]);
      if (refusal) throw new ForbiddenException(refusal.message);
      const meetingId = await meetings.insert(manager, {
        groupId: group.id,
        networkWide: body.networkWide,
        title: body.title,
        agenda: body.agenda,
        startsAt: new Date(body.startsAt),
        endsAt: new Date(body.endsAt),
        timeZone: body.timeZone,
        onlineUrl: body.onlineUrl ?? null,
        location: body.location ?? null,
        capacity: body.capacity ?? null,
        createdBy: actor.id,
      });
      const threadId = await this.threads.openFor(manager, {
        groupId: group.id,
        title: body.title,
        body: body.agenda,
        authorId: actor.id,
      });
      await meetings.update(manager, meetingId, { threadId });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'meeting.schedule',
        targetType: 'meeting',
        targetId: meetingId,
        details: { group: group.slug, networkWide: body.networkWide },
      });
      await this.tell(manager, after, actor, meetingId, 'scheduled');
      return meetingId;
    });
    await after.run();
    return this.get(actor, id);
  }

  async update(actor: UserEntity, meetingId: string, body: z.output<typeof updateMeetingSchema>): Promise<Meeting> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { meeting, group } = await this.organised(manager, actor, meetingId);
      if (meeting.cancelledAt) throw new ConflictException('this meeting is cancelled');
      const next = {
        startsAt: body.startsAt ? new Date(body.startsAt) : meeting.startsAt,
        endsAt: body.endsAt ? new Date(body.endsAt) : meeting.endsAt,
        onlineUrl: body.onlineUrl !== undefined ? body.onlineUrl : meeting.onlineUrl,
        location: body.location !== undefined ? body.location : meeting.location,
      };
      const span = meetingSpanProblem(next.startsAt.toISOString(), next.endsAt.toISOString());
      if (span) throw new BadRequestException([`endsAt: ${span}`]);
      if (!next.onlineUrl && !next.location)
        throw new BadRequestException(['location: give an online link or a place']);
      if (body.outputIds) await this.checkOutputs(actor, meeting, body.outputIds);

      const changes: Partial<MeetingEntity> = {};
      if (body.title !== undefined) changes.title = body.title;
      if (body.agenda !== undefined) changes.agenda = body.agenda;
      if (body.timeZone !== undefined) changes.timeZone = body.timeZone;
      if (body.startsAt !== undefined) changes.startsAt = next.startsAt;
      if (body.endsAt !== undefined) changes.endsAt = next.endsAt;
      if (body.onlineUrl !== undefined) changes.onlineUrl = next.onlineUrl;
      if (body.location !== undefined) changes.location = next.location;
      if (body.capacity !== undefined) changes.capacity = body.capacity;
      if (body.minutes !== undefined) changes.minutes = body.minutes ? body.minutes : null;
      const calendarChanged = CALENDAR_FIELDS.some(
        (field) => field in changes && !sameValue(changes[field], meeting[field]),
      );
      if (calendarChanged) changes.sequence = meeting.sequence + 1;
      await meetings.update(manager, meeting.id, changes);
      if (body.outputIds) await meetings.setOutputs(manager, meeting.id, [...new Set(body.outputIds)]);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'meeting.update',
        targetType: 'meeting',
        targetId: meeting.id,
        details: { group: group.slug, fields: Object.keys(body).filter((key) => key in body) },
      });
      if (calendarChanged) await this.tell(manager, after, actor, meeting.id, 'changed');
      // More places (or no limit any more): those waiting move up.
      if (body.capacity !== undefined) await this.fillPlaces(manager, after, meeting.id);
    });
    await after.run();
    return this.get(actor, meetingId);
  }

  async cancel(actor: UserEntity, meetingId: string): Promise<Meeting> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const { meeting, group } = await this.organised(manager, actor, meetingId);
      if (meeting.cancelledAt) throw new ConflictException('this meeting is cancelled already');
      await meetings.update(manager, meeting.id, { cancelledAt: new Date(), sequence: meeting.sequence + 1 });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'meeting.cancel',
        targetType: 'meeting',
        targetId: meeting.id,
        details: { group: group.slug },
      });
      await this.tell(manager, after, actor, meeting.id, 'cancelled');
    });
    await after.run();
    return this.get(actor, meetingId);
  }

  /**
   * Answers for the caller. The meeting's row is locked first, so that answers to one meeting are counted one
   * at a time: never more people going than places, however many answer at once.
   */
  async respond(actor: UserEntity, meetingId: string, response: MeetingResponse): Promise<RsvpResult> {
    const after = new AfterCommit();
    const result = await this.dataSource.transaction(async (manager) => {
      if (!(await meetings.lock(manager, meetingId))) throw new NotFoundException('no meeting with this id');
      const { meeting, group, membership } = await this.context(meetingId, actor, manager);
      const refusal = respondRefusal(meeting, group, membership, actor, new Date());
      if (refusal) {
        throw meeting.cancelledAt || meeting.endsAt <= new Date()
          ? new ConflictException(refusal)
          : new ForbiddenException(refusal);
      }
      const before = await meetings.responseOf(manager, meeting.id, actor.id);
      // Going again keeps one's place, or one's turn on the waiting list.
      if (response === 'going' && before?.response === 'going') return before;
      const others = await meetings.placedCount(manager, meeting.id, actor.id);
      const { waitlisted } = placeFor(response, meeting.capacity, others, false);
      await meetings.saveResponse(manager, meeting.id, actor.id, response, waitlisted);
      if (before?.response === 'going' && !before.waitlisted) await this.fillPlaces(manager, after, meeting.id);
      return { response, waitlisted };
    });
    await after.run();
    return { myResponse: result.response, waitlisted: result.waitlisted };
  }

  /** One meeting's `.ics`. */
  async ics(viewer: UserEntity | undefined, meetingId: string): Promise<{ body: string; fileName: string }> {
    const { meeting } = await this.context(meetingId, viewer ?? null);
    return { body: calendarOf([this.event(meeting)]), fileName: `${slugOf(meeting.title)}.ics` };
  }

  /** The feed of a person: the meetings of their groups and the network-wide ones, from a while back on. */
  async feed(userId: string, name: string): Promise<string> {
    const since = new Date(Date.now() - 90 * 86_400_000);
    const views = await meetings.forFeed(this.dataSource.manager, userId, since);
    return calendarOf(
      views.map((view) => this.event(view)),
      name,
    );
  }

  /** Gives free places to those waiting, in answer order, and tells them. */
  async fillPlaces(manager: EntityManager, after: AfterCommit, meetingId: string): Promise<void> {
    // Under the meeting's lock, as answers are (taken again at no cost when the caller holds it).
    await meetings.lock(manager, meetingId);
    const facts = await meetings.facts(manager, meetingId, null);
    if (!facts || facts.meeting.cancelledAt) return;
    const { capacity } = facts.meeting;
    const placed = await meetings.placedCount(manager, meetingId);
    const waiting = await meetings.waitingCount(manager, meetingId);
    const promoted = await meetings.promote(manager, meetingId, placesFree(capacity, placed, waiting));
    if (promoted.length === 0) return;
    await this.notifications.notify(manager, after, {
      kind: 'meeting',
      recipientIds: promoted,
      actorId: null,
      groupId: facts.meeting.groupId,
      threadId: facts.meeting.threadId,
      data: this.noticeData(facts.meeting, 'place-freed'),
    });
  }

  private event(view: MeetingView) {
    return toCalendarEvent(view, {
      host: new URL(this.config.PUBLIC_URL).host,
      page: appLink(this.config, `/meetings/${view.id}`),
    });
  }

  /** The meeting, locked, if the caller may organise it: 404 unseen, 403 seen but not theirs to organise. */
  private async organised(manager: EntityManager, actor: UserEntity, meetingId: string): Promise<MeetingFacts> {
    if (!(await meetings.lock(manager, meetingId))) throw new NotFoundException('no meeting with this id');
    const facts = await this.context(meetingId, actor, manager);
    if (!canOrganise(facts.group, facts.membership, actor)) {
      throw new ForbiddenException("only the group's coordinators and network coordinators organise its meetings");
    }
    return facts;
  }

  /** Outputs are resources the organiser may see and the meeting's whole audience too. */
  private async checkOutputs(actor: UserEntity, meeting: MeetingView, ids: string[]): Promise<void> {
    const scopes = await this.resources.scopesVisibleTo(actor, ids);
    for (const id of ids) {
      const scope = scopes.get(id);
      if (!scope) throw new BadRequestException([`outputIds: no resource ${id} in the library`]);
      if (!fitsAudience(scope, meeting)) {
        throw new BadRequestException([
          `outputIds: resource ${id} is shared more narrowly than this meeting's audience; share it with the group or all members first`,
        ]);
      }
    }
  }

  /** Tells the meeting's audience (its group's active members, or everyone active) what happened to it. */
  private async tell(
    manager: EntityManager,
    after: AfterCommit,
    actor: UserEntity,
    meetingId: string,
    change: MeetingChange,
  ): Promise<void> {
    const facts = await meetings.facts(manager, meetingId, null);
    if (!facts) return;
    const { meeting } = facts;
    const recipients = meeting.networkWide
      ? await meetings.activeAccounts(manager)
      : (await activeMembers(manager, meeting.groupId)).map((member) => member.id);
    await this.notifications.notify(manager, after, {
      kind: 'meeting',
      recipientIds: recipients,
      actorId: actor.id,
      groupId: meeting.groupId,
      threadId: meeting.threadId,
      data: this.noticeData(meeting, change),
    });
  }

  private noticeData(meeting: MeetingView, change: MeetingChange) {
    return {
      meetingId: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: meeting.timeZone,
      change,
    };
  }

  private async present(
    items: MeetingFacts[],
    viewer: Viewer,
    options: { attendees?: boolean } = {},
  ): Promise<Meeting[]> {
    const outputIds = [...new Set(items.flatMap((item) => item.meeting.outputIds))];
    const outputs = new Map(
      (await this.resources.summariesVisibleTo(viewer, outputIds)).map((summary) => [summary.id, summary]),
    );
    const now = new Date();
    return Promise.all(
      items.map(async ({ meeting, group, membership }) => {
        const canManage = canOrganise(group, membership, viewer);
        const attendees =
          options.attendees && canManage
            ? (await meetings.attendees(this.dataSource.manager, meeting.id)).map(toAttendee)
            : null;
        return toMeeting(meeting, group, {
          outputs: meeting.outputIds.flatMap((id) => outputs.get(id) ?? []),
          attendees,
          canManage,
          canRespond: respondRefusal(meeting, group, membership, viewer, now) === null,
        });
      }),
    );
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** A file name from a title: letters, digits and hyphens. */
function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'meeting';
}
