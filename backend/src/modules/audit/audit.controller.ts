import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditQuerySchema } from '@pn/shared';
import type { z } from 'zod';
import { Roles } from '../../common/access';
import { ValidQuery } from '../../common/validated';
import { AuditService } from './audit.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  list(@ValidQuery(auditQuerySchema) query: z.output<typeof auditQuerySchema>) {
    return this.audit.list(query);
  }
}
