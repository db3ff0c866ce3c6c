import { Module } from '@nestjs/common';
import { GapMapController, OpenDataController } from './evidence-map.controller';
import { EvidenceMapService } from './evidence-map.service';

/**
 * What the library shows of its evidence as a whole: the gap map of target groups against outcome constructs,
 * and the published practices with their verified evaluations and ratings as open data.
 */
@Module({
  controllers: [GapMapController, OpenDataController],
  providers: [EvidenceMapService],
})
export class EvidenceMapModule {}
