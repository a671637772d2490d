import { config } from "zod/v4/core";

// The pages' CSP has no 'unsafe-eval'. Zod compiles object parsers with `new Function` when it may, and its probe
// for that, although caught, is reported as a CSP violation. This module runs first in every page (webpack.config.js
// puts it ahead of each entry), before any schema is built: a schema built earlier would already have probed.
// `config` of zod's core (the same global setting as `z.config`), not `z`: importing the `z` namespace would put all
// of zod in each page's first script, where no page builds a schema before its first view.
config({ jitless: true });
