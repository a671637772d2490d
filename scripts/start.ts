import path from "node:path";
import webpack from "webpack";
import { startLocalStore } from "../local-store";
import { createAppServer, listen } from "./server/app-server";

/**
 * `npm start`: the embedded store (persisted in .data/, seeded with a demo commune on first start), the three pages
 * rebuilt on every change, all on one origin. `--https` uses the Office dev certificates, for sideloading in Office.
 */
const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.PORT ?? 3000);
const useHttps = process.argv.includes("--https");

async function tlsOptions(): Promise<{ key: string | Buffer; cert: string | Buffer } | undefined> {
  if (!useHttps) return undefined;
  // office-addin-dev-certs installs a localhost certificate trusted by Office (it asks once for permission).
  const certs = (await import("office-addin-dev-certs")) as {
    getHttpsServerOptions(): Promise<{ key: Buffer; cert: Buffer }>;
  };
  return certs.getHttpsServerOptions();
}

function watchPages(): Promise<void> {
  const config =
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack-cli loads it
    (require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => webpack.Configuration)(
      {},
      { mode: "development" },
    );
  const compiler = webpack(config);
  return new Promise((resolve) => {
    let first = true;
    compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
      if (error || stats?.hasErrors())
        console.error(`Erreur de compilation :\n${error?.message ?? stats?.toString("errors-only")}`);
      else console.log(`Pages recompilées (${stats ? stats.endTime - stats.startTime : 0} ms).`);
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

async function main(): Promise<void> {
  const store = await startLocalStore({ port: 0, dataDir: path.join(ROOT, ".data"), seed: true });
  await watchPages();
  const tls = await tlsOptions();
  const server = createAppServer({
    root: path.join(ROOT, "dist/app"),
    storeUrl: store.url,
    localAuth: store,
    ...(tls ? { tls } : {}),
  });
  await listen(server, PORT, "localhost");
  const base = `${useHttps ? "https" : "http"}://localhost:${PORT}`;
  console.log(
    [
      "",
      "Suite mairie démarrée (stockage local intégré, données dans .data/).",
      "Ouvrez ces adresses dans votre navigateur (rien ne s'ouvre tout seul) :",
      `  Teams (cockpit)  ${base}/teams.html`,
      `  Word (actes)     ${base}/word.html`,
      `  Excel (budget)   ${base}/excel.html`,
      `  Aide             ${base}/aide.html`,
      `  API Graph locale ${base}/v1.0/`,
      "Ctrl+C pour arrêter.",
    ].join("\n"),
  );
  const stop = () => {
    server.close();
    void store.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`Le démarrage a échoué : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
