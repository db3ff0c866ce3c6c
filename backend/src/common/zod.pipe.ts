import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Formats zod issues as `field: problem`, the field path first so a client can place the message. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Validates and converts a request part with one of the shared schemas: the single source of validation. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly part: 'body' | 'query' | 'params',
  ) {}

  transform(value: unknown): z.output<S> {
    const input = this.part === 'body' && value === undefined ? {} : value;
    const result = this.schema.safeParse(input);
    if (!result.success) throw new BadRequestException(describeIssues(result.error));
    return result.data;
  }
}
