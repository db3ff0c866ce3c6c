import { Body, Param, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { ZodPipe } from './zod.pipe';

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
};

function openApiSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema;
}

function methodDescriptor(target: object, key: string | symbol | undefined): PropertyDescriptor {
  const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor) throw new Error('validation decorators belong on controller methods');
  return descriptor;
}

/** The request body, validated by a shared schema, which is also what the OpenAPI document shows. */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodPipe(schema, 'body'))(target, key, index);
    ApiBody({ schema: openApiSchema(schema) })(target, key!, methodDescriptor(target, key));
  };
}

/** The query string, validated by a shared schema; each of its fields is listed in the OpenAPI document. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodPipe(schema, 'query'))(target, key, index);
    const json = openApiSchema(schema);
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property })(
        target,
        key!,
        methodDescriptor(target, key),
      );
    }
  };
}

/** Path parameters, validated by a shared schema (an id that is not a UUID is a 400, not a database error). */
export function ValidParams(schema: z.ZodObject): ParameterDecorator {
  return (target, key, index) => {
    Param(new ZodPipe(schema, 'params'))(target, key, index);
    for (const name of Object.keys(schema.shape)) {
      ApiParam({ name, type: String })(target, key!, methodDescriptor(target, key));
    }
  };
}

/**
 * A form that may carry a file: multipart (its text fields and the part `file`), or JSON where `json` says
 * so. Read by `UploadFormReader` and validated by the service with the same schema (`parseForm`); this puts
 * the fields in the OpenAPI document.
 */
export function FormFields(
  schema: z.ZodType,
  options: { file: 'optional' | 'required'; json: boolean },
): MethodDecorator {
  const json = openApiSchema(schema);
  const file = { type: 'string', format: 'binary', description: 'the file (multipart only)' };
  return (target, key, descriptor) => {
    ApiConsumes('multipart/form-data', ...(options.json ? ['application/json'] : []))(target, key, descriptor);
    ApiBody({
      schema: {
        ...json,
        properties: { ...json.properties, file },
        required: [...(json.required ?? []), ...(options.file === 'required' ? ['file'] : [])],
      },
    })(target, key, descriptor);
  };
}
