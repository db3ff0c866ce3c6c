import { config } from 'zod/v4/core';

// The page's Content Security Policy forbids eval, so zod must not compile its parsers: it probes for eval
// when it builds an object schema, and even that caught probe is reported as a policy violation. Imported
// first by main.tsx, before any module builds a schema. From zod's core, which holds this setting for the
// whole of zod: the rest of zod then loads with the pages that validate something.
config({ jitless: true });
