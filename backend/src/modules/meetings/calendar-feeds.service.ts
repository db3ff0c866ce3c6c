import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeed } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { addressKey } from '../rate-limits/address-key';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { hashLinkToken, LinkTokens } from '../mail/link-tokens.service';
import { appLink } from '../mail/links';
import { calendarFeedsRepository as feeds } from './meetings.repository';
import { MeetingsService } from './meetings.service';

const PURPOSE = 'calendar-feed';

/**
 * Private calendar feeds. The token in a feed's address is the credential (calendar apps send no session):
 * derived from the feed's id with the link secret, stored only as a hash, and replaced on renewal.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: LinkTokens,
    private readonly limits: RateLimitsService,
    private readonly meetings: MeetingsService,
  ) {}

  /** The caller's feed address, made on first ask. */
  async address(userId: string): Promise<CalendarFeed> {
    const existing = await feeds.feedOf(this.dataSource.manager, userId);
    if (existing) return this.urlOf(existing.feedId);
    const feedId = randomUUID();
    await feeds.createIfAbsent(this.dataSource.manager, userId, feedId, hashLinkToken(this.tokenOf(feedId)));
    // Two first asks at once: whichever was stored first is the feed.
    const stored = await feeds.feedOf(this.dataSource.manager, userId);
    return this.urlOf(stored!.feedId);
  }

  /** A new address; the old one stops working at once. */
  async renew(userId: string): Promise<CalendarFeed> {
    const feedId = randomUUID();
    await feeds.save(this.dataSource.manager, userId, feedId, hashLinkToken(this.tokenOf(feedId)));
    return this.urlOf(feedId);
  }

  /** The feed behind a token, as `text/calendar`; 404 for a token that is unknown or was renewed. */
  async read(token: string, ip: string): Promise<string> {
    await this.limits.consume('calendar-feed.address', addressKey(ip));
    const bare = token.replace(/\.ics$/, '');
    const owner = await feeds.ownerOfTokenHash(this.dataSource.manager, hashLinkToken(bare));
    if (!owner) throw new NotFoundException('no calendar feed at this address');
    return this.meetings.feed(owner, this.config.NETWORK_NAME);
  }

  private tokenOf(feedId: string): string {
    return this.tokens.derive(PURPOSE, feedId);
  }

  private urlOf(feedId: string): CalendarFeed {
    return { url: appLink(this.config, `/api/calendar/${this.tokenOf(feedId)}.ics`) };
  }
}
