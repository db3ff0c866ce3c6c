import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { UserEntity } from '../users/user.entity';
import { SecurityNoticesService } from './security-notices.service';
import { accountsRepository as accounts } from './accounts.repository';

export interface SignInFacts {
  /** The long-lived device cookie's value, when the browser sent one. */
  deviceCookie: string | undefined;
  userAgent: string | undefined;
  ip: string | null;
  sessionId: string;
}

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Recognises where a completed sign-in comes from: a browser that holds our device cookie, or a user agent
 * seen before for this member. Anything else is a new device, and the member is told by email (unless it
 * is their very first, at registration).
 */
@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: SecurityNoticesService,
  ) {}

  /** Records the device and answers the device cookie's value to set (the same one, or a new one). */
  async signedIn(user: UserEntity, facts: SignInFacts, options: { firstDevice?: boolean } = {}): Promise<string> {
    const cookie = facts.deviceCookie && facts.deviceCookie.length <= 100 ? facts.deviceCookie : undefined;
    const deviceCookie = cookie ?? randomBytes(24).toString('base64url');
    const userAgent = facts.userAgent?.slice(0, 500) ?? null;
    await this.dataSource.transaction(async (manager) => {
      const rows = await accounts.knownDevices(manager, user.id, cookie ? hashOf(cookie) : null, userAgent);
      const byCookie = rows.some((row) => row.by_cookie);
      const known = byCookie || rows.some((row) => row.by_agent);
      if (byCookie) {
        await accounts.touchDevice(manager, user.id, hashOf(deviceCookie), userAgent);
      } else {
        await accounts.insertDevice(manager, user.id, hashOf(deviceCookie), userAgent);
      }
      if (!known && rows.length > 0 && !options.firstDevice) {
        await this.notices.newSignIn(manager, user, { userAgent, ip: facts.ip, sessionId: facts.sessionId });
      }
    });
    return deviceCookie;
  }
}
