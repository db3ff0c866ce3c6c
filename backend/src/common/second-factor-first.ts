import { ForbiddenException } from '@nestjs/common';
import { SECOND_FACTOR_ENROLMENT_REQUIRED } from '@pn/shared';

/** The 403 of an account whose role needs a second factor it has not enrolled: it says what to do. */
export function secondFactorFirst(role: string): ForbiddenException {
  return new ForbiddenException({
    message: `enrol a second factor (an authenticator app or a passkey) before acting as ${role}`,
    code: SECOND_FACTOR_ENROLMENT_REQUIRED,
  });
}
