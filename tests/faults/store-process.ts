import { startLocalStore } from "../../local-store";

/** The embedded store alone in a process, for crash tests: prints its URL, then serves until killed. */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error("usage: store-process <dataDir>");
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  process.stdout.write(`READY ${store.url}\n`);
}

void main();
