import { config } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, after probing whether eval is allowed.
// The studio's Content-Security-Policy forbids eval, and the probe alone is reported as a violation, so
// schemas run interpreted everywhere (the engine too: its bodies are small). The flag is read when a schema
// is built, so every module that builds schemas imports this file before doing so.
config({ jitless: true });
