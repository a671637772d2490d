import { z } from "zod";

// The pages' CSP has no 'unsafe-eval'. Zod compiles object parsers with `new Function` when it may, and its probe
// for that, although caught, is reported as a CSP violation. This module runs first in every page (webpack.config.js
// puts it ahead of each entry), before any schema is built: a schema built earlier would already have probed.
z.config({ jitless: true });
