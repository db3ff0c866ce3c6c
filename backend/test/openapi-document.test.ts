import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOCUMENTED_RESPONSES } from '../src/common/responses';
import { createTestApp, type TestApp } from './support/app';

const run = promisify(execFile);

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

/**
 * The OpenAPI document describes every operation's answers: its success, and its errors, each with the API's
 * error body (or a schema of its own); the API tests check every answer they get against it (support/contract.ts).
 * `redocly lint` passes on it with the recommended rules (redocly.yaml at the root).
 */
describe('the OpenAPI document', () => {
  let app: TestApp;
  let document: { paths: Record<string, Record<string, Operation>> };
  let operations: Array<[string, Operation]>;

  beforeAll(async () => {
    app = await createTestApp();
    document = (await app.request('GET', '/api/docs-json')).body;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
    );
  });
  afterAll(() => app.close());

  it('documents a successful answer of every operation, as the contract tests know it', () => {
    expect(operations.length).toBeGreaterThanOrEqual(67);
    for (const [name, operation] of operations) {
      const statuses = Object.keys(operation.responses ?? {});
      expect({ name, success: statuses.filter((status) => /^[23]/.test(status)).length > 0 }).toEqual({
        name,
        success: true,
      });
      expect({ name, known: [...(DOCUMENTED_RESPONSES.get(operation.operationId)?.keys() ?? [])].map(String) }).toEqual(
        { name, known: expect.arrayContaining(statuses) },
      );
    }
  });

  it('documents the errors every operation can give, each with a body schema', () => {
    for (const [name, operation] of operations) {
      const errors = Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status));
      expect({ name, errors: errors.map(([status]) => status) }).toEqual({
        name,
        errors: expect.arrayContaining(['401', '503']),
      });
      if (!name.startsWith('GET ')) {
        expect({ name, errors: errors.map(([status]) => status) }).toEqual({
          name,
          errors: expect.arrayContaining(['400', '403', '413', '415']),
        });
      }
      for (const [status, response] of errors) {
        expect({ name, status, schema: response.content?.['application/json']?.schema?.type }).toEqual({
          name,
          status,
          schema: 'object',
        });
      }
    }
  });

  it('passes redocly lint with the recommended rules', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pn-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const cli = require.resolve('@redocly/cli/bin/cli.js');
      const config = join(__dirname, '..', '..', 'redocly.yaml');
      const result = await run(process.execPath, [cli, 'lint', file, '--config', config, '--format', 'stylish'], {
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).catch((error: { stdout: string; stderr: string }) => ({ ...error, failed: true }));
      const output = result.stdout + result.stderr;
      const failed = 'failed' in result;
      // Warnings count too: the output is shown whenever there is anything to say.
      expect(failed || /warning/i.test(output) ? output : 'valid, no warnings').toBe('valid, no warnings');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
