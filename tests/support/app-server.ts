import { existsSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { createAppServer, listen } from "@scripts/server/app-server";
import type { LocalStore } from "../../local-store";

/** The folder webpack built into: dist/app, or MAIRIE_APP_DIR as webpack.config.js reads it. */
export const APP_ROOT = path.resolve(__dirname, "../..", process.env["MAIRIE_APP_DIR"] ?? "dist/app");

/** Serves the built pages (npm test builds them first) on a free loopback port, in front of `store` when given. */
export async function startTestAppServer(
  store?: LocalStore,
): Promise<{ url: string; server: http.Server; close: () => Promise<void> }> {
  if (!existsSync(path.join(APP_ROOT, "word.html"))) {
    throw new Error(`${APP_ROOT} est absent : lancez « npm run build » avant les tests navigateur.`);
  }
  const server = createAppServer({ root: APP_ROOT, ...(store ? { storeUrl: store.url, localAuth: store } : {}) });
  const port = await listen(server, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
