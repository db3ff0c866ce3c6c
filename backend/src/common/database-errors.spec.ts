import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, isUniqueViolation } from './database-errors';

const sqlError = (code: string, message = 'error') => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the server shutting down (57P01)', failedQuery(sqlError('57P01'))],
    ['the server starting up (57P03)', failedQuery(sqlError('57P03'))],
    ['a statement cancelled by statement_timeout (57014)', failedQuery(sqlError('57014'))],
    ['a session ended by idle_in_transaction_session_timeout (25P03)', failedQuery(sqlError('25P03'))],
    ['a connection exception (08006)', failedQuery(sqlError('08006'))],
    ['too many connections (53300)', sqlError('53300')],
    ['a refused connection', sqlError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a refused connection on every address', new AggregateError([sqlError('ECONNREFUSED')], 'connect failed')],
    ['no answer within query_timeout', failedQuery(new Error('Query read timeout'))],
    ['no free connection in the pool in time', new Error('timeout exceeded when trying to connect')],
    [
      'a connection that could not be opened in time',
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated') }),
    ],
    ['a connection lost midway', failedQuery(new Error('Connection terminated unexpectedly'))],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', failedQuery(sqlError('23505'))],
    ['a syntax error (42601)', failedQuery(sqlError('42601'))],
    ['a bug of the app', new TypeError('cannot read properties of undefined')],
    ['nothing at all', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('names the constraint when asked', () => {
    const error = failedQuery(Object.assign(sqlError('23505'), { constraint: 'users_email_key' }));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'users_email_key')).toBe(true);
    expect(isUniqueViolation(error, 'other')).toBe(false);
  });
});
