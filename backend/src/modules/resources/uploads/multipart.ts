import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RESOURCE_LIMITS } from '@pn/shared';

/**
 * Room for a form's text fields and part headers beside the file: a declared length above the file limit
 * plus this is refused before the body is read.
 */
export const FORM_ALLOWANCE_BYTES = 64 * 1024;

/**
 * Multipart bodies (uploads), next to the JSON bodies whose 1 MB limit stays as it is. A body whose declared
 * length is already too large is answered 413 at once, before a byte of it is read; a body without a length
 * (chunked) is counted as it streams and stopped where it crosses the limit (see `MeteredStream`).
 */
export async function registerUploads(app: NestFastifyApplication, maxFileBytes: number): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: {
      // One byte over the limit reaches the metered stream, which refuses it; busboy would only truncate.
      fileSize: maxFileBytes + 1,
      files: 1,
      fields: 40,
      fieldSize: 4 * RESOURCE_LIMITS.summaryMax + 1024,
      parts: 60,
      headerPairs: 100,
    },
  });
  const maxBodyBytes = maxFileBytes + FORM_ALLOWANCE_BYTES;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const declared = Number(request.headers['content-length']);
      const multipart = request.headers['content-type']?.toLowerCase().startsWith('multipart/') ?? false;
      if (!multipart || !(declared > maxBodyBytes)) {
        done();
        return;
      }
      // The unread body is not worth reading: the connection closes after the answer.
      void reply
        .code(413)
        .header('connection', 'close')
        .send({
          statusCode: 413,
          error: 'Payload Too Large',
          message: `file: must be at most ${maxFileBytes} bytes`,
        });
    });
}
