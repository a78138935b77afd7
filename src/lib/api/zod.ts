import * as z from 'zod/mini';

/*
 * Every schema of the studio and the engine is built from this `z`: zod/mini, the same parser as zod
 * with tree-shakable functions instead of methods (~8 KB gzipped in the first paint instead of ~27 KB).
 * Its object parser is the interpreted one: full zod compiles object parsers with `new Function`, which
 * the studio's CSP (`script-src 'self'`, no eval) forbids and reports even when zod catches the refusal.
 *
 * zod/mini ships no messages ("Invalid input" for every issue); `describeIssues` puts them into
 * `invalid_response` details, so the English ones are configured here, once, before any parse.
 */
z.config(z.locales.en());

export { z };
