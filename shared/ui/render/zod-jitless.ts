import { config } from "zod/v4/core";

// The pages' CSP has no 'unsafe-eval'. Zod compiles object parsers with `new Function` when it may, and its probe
// for that, although caught, is reported as a CSP violation. The module that composes each page behind its frame (and
// the sign-in dialog) imports this one first, before any schema is built: a schema built earlier would already have
// probed. No page's first script builds a schema, so zod stays out of it.
// `config` of zod's core (the same global setting as `z.config`), not `z`: importing the `z` namespace would put all
// of zod in the chunk that imports this one.
config({ jitless: true });
