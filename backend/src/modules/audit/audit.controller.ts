import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditQuerySchema } from '@pn/shared';
import type { z } from 'zod';
import { Roles } from '../../common/access';
import { ValidQuery } from '../../common/validated';
import { AuditService } from './audit.service';
import { Responds } from '../../common/responses';
import { auditEntrySchema, pageOf } from '@pn/shared';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Responds(200, pageOf(auditEntrySchema))
  @Get()
  @Roles('admin')
  list(@ValidQuery(auditQuerySchema) query: z.output<typeof auditQuerySchema>) {
    return this.audit.list(query);
  }
}
