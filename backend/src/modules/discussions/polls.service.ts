import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createPollSchema, Poll } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AfterCommit } from '../../common/after-commit';
import type { Viewer } from '../../common/viewer';
import { AuditService } from '../audit/audit.service';
import { RealtimeService } from '../realtime/realtime.service';
import type { UserEntity } from '../users/user.entity';
import { toMessage } from './discussions.mapper';
import { canReadDiscussions, postRefusal } from './discussions.policy';
import { byClientId, insertMessage } from './messages.repository';
import { toPoll, toPollUpdate } from './polls.mapper';
import { canClosePoll, choiceProblem, votersVisible, voteRefusal } from './polls.policy';
import {
  castBallot,
  closePoll,
  insertPoll,
  optionIdsOf,
  pollFacts,
  pollOfMessage,
  pollTally,
  pollVoters,
  type PollFacts,
} from './polls.repository';
import { threadFacts } from './threads.repository';

/** Thrown inside a transaction to roll it back: another request stored this clientId first. */
class ClientIdTaken extends Error {}

/**
 * Polls in a thread. A poll is carried by a message of the thread (its body the question), so that it takes
 * its place in the thread's order, reaches readers with `message:new` and is caught up like any message.
 * Its counts reach the thread's room with `poll:updated` after each vote and on closing.
 */
@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  async create(
    actor: UserEntity,
    threadId: string,
    body: z.output<typeof createPollSchema>,
  ): Promise<{ poll: Poll; created: boolean }> {
    const clientId = body.clientId ?? randomUUID();
    const after = new AfterCommit();
    try {
      const pollId = await this.dataSource.transaction(async (manager) => {
        const context = await threadFacts(manager, threadId, actor.id);
        if (!context || !canReadDiscussions(context.group, context.membership, actor)) {
          throw new NotFoundException('no thread with this id');
        }
        const refusal = postRefusal(context.group, context.membership, actor);
        if (refusal) throw new ForbiddenException(refusal);
        const stored = await insertMessage(manager, {
          threadId,
          clientId,
          authorId: actor.id,
          body: body.question,
          replyToId: null,
          mentions: [],
          language: null,
        });
        if (!stored) throw new ClientIdTaken();
        const id = await insertPoll(manager, {
          messageId: stored.id,
          threadId,
          createdBy: actor.id,
          question: body.question,
          options: body.options,
          multiple: body.multiple,
          anonymous: body.anonymous,
          results: body.results,
          closesAt: body.closesAt ? new Date(body.closesAt) : null,
        });
        const message = toMessage({
          id: stored.id,
          threadId,
          position: stored.position,
          clientId,
          author: actor,
          body: body.question,
          replyTo: null,
          mentions: [],
          createdAt: stored.createdAt,
          editedAt: null,
          deletedAt: null,
          hiddenAt: null,
          pollId: id,
        });
        after.add(() => this.realtime.toThread(threadId, 'message:new', message));
        after.add(() => this.realtime.groupActivity(context.group.id, threadId));
        return id;
      });
      await after.run();
      return { poll: await this.get(actor, pollId), created: true };
    } catch (error) {
      if (!(error instanceof ClientIdTaken)) throw error;
      // A retry of a poll already made: answer it, if it is one.
      const existing = await byClientId(this.dataSource.manager, actor.id, clientId);
      const poll = existing ? await pollOfMessage(this.dataSource.manager, existing.id) : null;
      if (!poll || poll.threadId !== threadId) {
        throw new ConflictException('clientId: already used for another message');
      }
      return { poll: await this.get(actor, poll.id), created: false };
    }
  }

  async get(viewer: UserEntity | undefined, pollId: string): Promise<Poll> {
    const facts = this.readable(await pollFacts(this.dataSource.manager, pollId, viewer?.id ?? null), viewer ?? null);
    return this.view(this.dataSource.manager, facts, viewer ?? null);
  }

  /** A vote, or a new choice in place of the previous one, while the poll is open. */
  async vote(actor: UserEntity, pollId: string, optionIds: string[]): Promise<Poll> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      // Shared lock: closing waits for the votes under way, and a vote after it sees it closed.
      const facts = this.readable(await pollFacts(manager, pollId, actor.id, 'share'), actor);
      const refusal = voteRefusal(facts.group, facts.membership, actor);
      if (refusal) throw new ForbiddenException(refusal);
      if (facts.poll.closed) throw new ConflictException('this poll is closed: it takes no more votes');
      const problem = choiceProblem(facts.poll, optionIds, await optionIdsOf(manager, pollId));
      if (problem) throw new BadRequestException([problem]);
      await castBallot(manager, pollId, actor.id, optionIds);
    });
    after.add(() => this.announce(pollId));
    await after.run();
    return this.get(actor, pollId);
  }

  /** Closes a poll before its time: its author, or the group's coordinators. */
  async close(actor: UserEntity, pollId: string): Promise<Poll> {
    const after = new AfterCommit();
    await this.dataSource.transaction(async (manager) => {
      const facts = this.readable(await pollFacts(manager, pollId, actor.id, 'update'), actor);
      if (!canClosePoll(facts.poll, facts.membership, actor)) {
        throw new ForbiddenException("only the poll's author or the group's coordinators can close it");
      }
      if (facts.poll.closed) throw new ConflictException('this poll is already closed');
      await closePoll(manager, pollId);
      // A coordinator ending someone else's poll acts on their behalf: that is kept in the log.
      if (facts.poll.createdBy !== actor.id) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'poll.close',
          targetType: 'poll',
          targetId: pollId,
          details: { title: facts.poll.question, authorId: facts.poll.createdBy, groupSlug: facts.group.slug },
        });
      }
    });
    after.add(() => this.announce(pollId));
    await after.run();
    return this.get(actor, pollId);
  }

  /** The poll if the viewer may read its thread and its message still stands; 404 otherwise. */
  private readable(facts: PollFacts | null, viewer: Viewer): PollFacts {
    if (!facts || facts.poll.gone || !canReadDiscussions(facts.group, facts.membership, viewer)) {
      throw new NotFoundException('no poll with this id');
    }
    return facts;
  }

  private async view(manager: EntityManager, facts: PollFacts, viewer: Viewer): Promise<Poll> {
    const { poll, group, membership } = facts;
    const seesVoters = votersVisible(poll, membership, viewer);
    const [tally, voters] = await Promise.all([
      pollTally(manager, poll.id, viewer?.id ?? null),
      seesVoters ? pollVoters(manager, poll.id) : Promise.resolve(null),
    ]);
    return toPoll(poll, tally, {
      voters,
      mayVote: !poll.closed && voteRefusal(group, membership, viewer) === null,
      mayClose: !poll.closed && canClosePoll(poll, membership, viewer),
    });
  }

  /**
   * The counts as they are now, to the thread's readers. Read after the commit, so that of two votes at once
   * the later event counts both.
   */
  private async announce(pollId: string): Promise<void> {
    const facts = await pollFacts(this.dataSource.manager, pollId, null);
    if (!facts) return;
    const tally = await pollTally(this.dataSource.manager, pollId, null);
    this.realtime.toThread(facts.poll.threadId, 'poll:updated', toPollUpdate(facts.poll, tally));
  }
}
