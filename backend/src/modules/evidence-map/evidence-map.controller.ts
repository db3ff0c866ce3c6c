import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { exportQuerySchema, gapMapQuerySchema, gapMapSchema, type GapMap } from '@pn/shared';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import { Public } from '../../common/access';
import { Responds } from '../../common/responses';
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
  constructor(private readonly evidence: EvidenceMapService) {}

  /** Every published practice with its verified evaluations and ratings, streamed, under CC BY 4.0. */
  @Responds(200, { mediaType: ['text/csv', 'application/json'] })
  @Get('export')
  @Public()
  async export(
    @ValidQuery(exportQuerySchema) query: z.output<typeof exportQuerySchema>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = query.format === 'csv';
    const stream = Readable.from(this.evidence.export(query.format));
    await reply
      .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="prevention-network-practices.${query.format}"`)
      .header('cache-control', 'no-cache')
      .send(stream);
  }
}
