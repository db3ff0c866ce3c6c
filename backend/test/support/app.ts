import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env.schema';
import { checkAnswer, documentRoutes, type Route } from './contract';
import { createTestDatabase } from './database';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  /** Raw Cookie header, for tests of cookie sessions. */
  cookie?: string;
  body?: unknown;
  /** Sent as it is, with `contentType`; for malformed and oversized bodies. */
  rawBody?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real application on its own fresh database, listening on a real port. Sign-in and registration
 * limits are high unless a test is about them.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { shareDatabaseOf?: TestApp; databaseUrl?: string } = {},
): Promise<TestApp> {
  // A second instance on the first one's database (several backends behind one load balancer), or a
  // database the test runs itself (to stop or freeze it).
  const given = options.shareDatabaseOf?.databaseUrl ?? options.databaseUrl;
  const database = given ? { url: given, drop: async () => {} } : await createTestDatabase();
  // Files go to a folder of this app's own, removed with it, unless the test names one.
  const uploadDir = env.UPLOAD_DIR ?? mkdtempSync(join(tmpdir(), 'pn-test-uploads-'));
  const config = loadConfig({
    UPLOAD_DIR: uploadDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    FRONTEND_DIST: '/nonexistent',
    LOGIN_LIMIT_PER_IP: '100000',
    LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '100000',
    REGISTER_LIMIT_PER_IP: '100000',
    PASSWORD_RESET_LIMIT_PER_IP: '100000',
    PASSWORD_RESET_LIMIT_PER_EMAIL: '100000',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('the test app is not listening');
  const url = `http://127.0.0.1:${address.port}`;
  const known = await documentRoutes(url);

  return {
    url,
    databaseUrl: database.url,
    app,
    dataSource: app.get(DataSource),
    request: (method, path, options = {}) => send(url, method, path, options, known),
    async close() {
      await app.close();
      await database.drop();
      if (!env.UPLOAD_DIR) await rm(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Sends a request; the answer must be one the OpenAPI document describes (see ./contract.ts). */
async function send(
  base: string,
  method: string,
  path: string,
  options: RequestOptions,
  known: Route[],
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | Buffer | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(base + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  checkAnswer(known, method, path, {
    status: response.status,
    body: parsed,
    text,
    contentType: response.headers.get('content-type'),
  });
  return { status: response.status, body: parsed, headers: response.headers };
}
