import { Global, Module } from '@nestjs/common';
import { ThreadAccessService } from '../discussions/thread-access.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

@Global()
@Module({
  providers: [RealtimeGateway, RealtimeService, ThreadAccessService],
  exports: [RealtimeService, ThreadAccessService],
})
export class RealtimeModule {}
