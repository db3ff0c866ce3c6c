import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listEmailsQuerySchema, type EmailRecord, type Page } from '@pn/shared';
import type { z } from 'zod';
import { Roles } from '../../common/access';
import { ValidQuery } from '../../common/validated';
import type { EmailEntity } from './email.entity';
import { Outbox } from './outbox.service';
import { Responds } from '../../common/responses';
import { emailRecordSchema, pageOf } from '@pn/shared';

/** What an admin sees of an email: who, what kind, where it stands. Never its content or links. */
export function toEmailRecord(email: EmailEntity): EmailRecord {
  return {
    id: email.id,
    to: email.toAddress,
    kind: email.kind,
    state: email.state,
    ...(email.error ? { error: email.error } : {}),
    attempts: email.attempts,
    createdAt: email.createdAt.toISOString(),
    sentAt: email.sentAt?.toISOString() ?? null,
  };
}

@ApiTags('admin')
@Controller('admin/emails')
export class AdminEmailsController {
  constructor(private readonly outbox: Outbox) {}

  @Responds(200, pageOf(emailRecordSchema))
  @Get()
  @Roles('admin')
  async list(
    @ValidQuery(listEmailsQuerySchema) query: z.output<typeof listEmailsQuerySchema>,
  ): Promise<Page<EmailRecord>> {
    const page = await this.outbox.page(query);
    return { items: page.items.map(toEmailRecord), nextCursor: page.nextCursor };
  }
}
