import { Global, Module } from '@nestjs/common';
import { RateLimitsService } from './rate-limits.service';

/** Global: any feature may limit its attempts by name (see `limits.ts`). */
@Global()
@Module({
  providers: [RateLimitsService],
  exports: [RateLimitsService],
})
export class RateLimitsModule {}
