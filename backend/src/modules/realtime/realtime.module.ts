import { Global, Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

/**
 * Sockets and the events pushed to them. It knows no module: what it must know of sessions and threads
 * comes through `SOCKET_ACCESS`, which the discussions module provides (SocketAccessModule).
 */
@Global()
@Module({
  providers: [RealtimeGateway, RealtimeService],
  exports: [RealtimeService],
})
export class RealtimeModule {}
