import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

/**
 * The fan-out baseline: a bare socket.io server whose POST /post broadcasts the same message shape to one
 * room that every client is in. No database, no authentication, no validation.
 */
const port = Number(process.argv[2]);
let position = 0;

const http = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/post') {
    response.writeHead(404).end();
    return;
  }
  let raw = '';
  request.on('data', (chunk) => (raw += chunk));
  request.on('end', () => {
    const body = JSON.parse(raw) as { body: string; clientId: string };
    const message = {
      id: randomUUID(),
      threadId: 'bare',
      position: ++position,
      clientId: body.clientId,
      body: body.body,
      author: { id: randomUUID(), displayName: 'Bench poster' },
      replyTo: null,
      mentions: [],
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
      hidden: false,
    };
    io.to('thread').emit('message:new', message);
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(message));
  });
});
const io = new Server(http, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => void socket.join('thread'));
http.listen(port, '127.0.0.1', () => console.log('bare socket.io listening'));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
