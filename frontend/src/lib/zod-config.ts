import { z } from 'zod';

// The page's Content Security Policy forbids eval, so zod must not compile its parsers: it probes for eval
// when it builds an object schema, and even that caught probe is reported as a policy violation. Imported
// first by main.tsx, before any module builds a schema.
z.config({ jitless: true });
