import { Global, Module } from '@nestjs/common';
import { SOCKET_ACCESS } from '../realtime/socket-access';
import { SocketAccessService } from './socket-access.service';

/** Provides the realtime module's `SOCKET_ACCESS`: global, so that realtime needs no import of discussions. */
@Global()
@Module({
  providers: [SocketAccessService, { provide: SOCKET_ACCESS, useExisting: SocketAccessService }],
  exports: [SOCKET_ACCESS],
})
export class SocketAccessModule {}
