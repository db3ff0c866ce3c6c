import 'reflect-metadata';
import { Get, Post } from '@nestjs/common';
import { apiErrorSchema, responseObject, responseText } from '@pn/shared';
import { Public } from './access';
import type { OpenAPIObject } from '@nestjs/swagger';
import { addRouterRefusals, Answers, DOCUMENTED_RESPONSES, Errors, Responds } from './responses';

const thing = responseObject({ name: responseText });

class ThingsController {
  @Responds(200, thing)
  @Get(':id')
  @Public()
  get(): void {}

  @Responds(201, thing)
  @Answers(200, thing)
  @Errors(409)
  @Post()
  create(): void {}
}

describe('@Responds', () => {
  it('documents the success and the errors every operation of its kind may give', () => {
    expect(new ThingsController()).toBeDefined();
    const get = DOCUMENTED_RESPONSES.get('ThingsController_get')!;
    expect([...get.keys()].sort()).toEqual([200, 401, 404, 503]);
    expect(get.get(200)).toBe(thing);
    expect(get.get(404)).toBe(apiErrorSchema);
  });

  it('adds what writes and role-bound operations may meet, and keeps what @Errors and @Answers name', () => {
    const create = DOCUMENTED_RESPONSES.get('ThingsController_create')!;
    expect([...create.keys()].sort()).toEqual([200, 201, 400, 401, 403, 409, 413, 415, 503]);
  });

  it('must go above the route decorator, which it reads', () => {
    expect(() => {
      class Misplaced {
        @Get()
        @Responds(200, thing)
        list(): void {}
      }
      return Misplaced;
    }).toThrow('@Responds and @Errors go above the route decorator');
  });
});

describe('addRouterRefusals', () => {
  it("adds the router's 414 to every operation with a path parameter, wherever the parameter was declared", () => {
    expect(new ThingsController()).toBeDefined();
    const document = {
      paths: {
        '/api/things/{id}': { get: { operationId: 'ThingsController_get', responses: {} } },
        '/api/things': { post: { operationId: 'ThingsController_create', responses: {} } },
      },
    } as unknown as OpenAPIObject;
    addRouterRefusals(document);
    expect(Object.keys(document.paths['/api/things/{id}']!.get!.responses)).toEqual(['414']);
    expect(Object.keys(document.paths['/api/things']!.post!.responses)).toEqual([]);
    expect(DOCUMENTED_RESPONSES.get('ThingsController_get')!.get(414)).toBe(apiErrorSchema);
    expect(DOCUMENTED_RESPONSES.get('ThingsController_create')!.has(414)).toBe(false);
  });
});
