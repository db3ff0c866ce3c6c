import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429 that tells the client when to come back: the error filter turns `retryAfterSeconds` into `Retry-After`. */
export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('too many attempts: try again later', HttpStatus.TOO_MANY_REQUESTS);
  }
}
