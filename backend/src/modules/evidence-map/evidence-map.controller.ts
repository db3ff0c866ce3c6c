import { Controller, Get, Ip, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { exportQuerySchema, gapMapQuerySchema, gapMapSchema, type GapMap } from '@pn/shared';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { Errors, Responds } from '../../common/responses';
import { addressKey } from '../rate-limits/address-key';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { ValidQuery } from '../../common/validated';
import { EvidenceMapService } from './evidence-map.service';

@ApiTags('evidence')
@Controller('evidence')
export class GapMapController {
  constructor(private readonly evidence: EvidenceMapService) {}

  @Responds(200, gapMapSchema)
  @Get('gap-map')
  @Public()
  gapMap(@ValidQuery(gapMapQuerySchema) query: z.output<typeof gapMapQuerySchema>): Promise<GapMap> {
    return this.evidence.gapMap(query);
  }
}

/**
 * `GET /api/practices/export`: a static path, which the router matches before `practices/:id` whatever the
 * order the controllers are registered in.
 */
@ApiTags('practices')
@Controller('practices')
export class OpenDataController {
  constructor(
    private readonly evidence: EvidenceMapService,
    private readonly limits: RateLimitsService,
  ) {}

  /** Every published practice with its verified evaluations and ratings, streamed, under CC BY 4.0. */
  @Responds(200, { mediaType: ['text/csv', 'application/json'] })
  @Errors(429)
  @Get('export')
  @Public()
  async export(
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
    @Ip() ip: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.limits.consume('open-data.address', addressKey(ip));
    const csv = query.format === 'csv';
    const stream = Readable.from(this.evidence.export(query.format));
    await reply
      .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="prevention-network-practices.${query.format}"`)
      .header('cache-control', 'no-cache')
      .send(stream);
  }
}
