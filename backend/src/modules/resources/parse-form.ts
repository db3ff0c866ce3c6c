import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';
import { describeIssues } from '../../common/zod.pipe';

/** A form's fields validated by a shared schema, as the zod pipe does for JSON bodies. */
export function parseForm<S extends z.ZodType>(schema: S, fields: unknown): z.output<S> {
  const result = schema.safeParse(fields);
  if (!result.success) throw new BadRequestException(describeIssues(result.error));
  return result.data;
}
