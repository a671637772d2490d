import { config } from "zod/v4/core";

// The pages' CSP has no 'unsafe-eval'. Zod compiles object parsers with `new Function` when it may, and its probe
// for that, although caught, is reported as a CSP violation. This module runs first in every page (webpack.config.js
// puts it ahead of each entry), before any schema is built: a schema built earlier would already have probed.
// Zod's core alone: its settings are global, and the first script of a page carries no schema library.
config({ jitless: true });
