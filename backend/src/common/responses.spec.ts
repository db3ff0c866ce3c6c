import 'reflect-metadata';
import { Get, Post } from '@nestjs/common';
import { apiErrorSchema, responseObject, responseText } from '@pn/shared';
import { Public } from './access';
import { Answers, DOCUMENTED_RESPONSES, Errors, Responds } from './responses';

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
    expect([...get.keys()].sort()).toEqual([200, 401, 404, 414, 503]);
    expect(get.get(200)).toBe(thing);
    expect(get.get(404)).toBe(apiErrorSchema);
    expect(get.get(414)).toBe(apiErrorSchema);
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
