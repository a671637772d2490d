import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { LOCAL_SITE_ID, startLocalStore } from "../../local-store";

/**
 * One store-scale measurement in a fresh process (so that memory is the store's own): started on a prepared
 * data folder, then timed on a $batch of 20 creates, a filtered read and a full paged read. Then the floors of the
 * same run: parsing the same journal bytes line by line, and a plain Node HTTP server answering the same page
 * bytes to the same client loop. Prints one JSON line.
 */
const ITEMS = "/lists/%C3%89ch%C3%A9ances/items";
const RUNS = 5;
/** Full reads are long: three of the store's and three of the floor's, in turn. */
const FULL_RUNS = 3;
/** The data layer's page size (shared/data/graph/repository.ts). */
const PAGE = 500;

/** CPU time of this process since `since`: on a shared machine, wall time also counts the others' work. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

const elapsedMs = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

const middle = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

async function median(work: (run: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = process.hrtime.bigint();
    await work(run);
    // The first run warms up and is not counted.
    if (run > 0) times.push(elapsedMs(start));
  }
  return middle(times);
}

type Get = (url: string) => Promise<Record<string, unknown>>;

/** The client's loop of a full read: every page fetched and parsed, the next one named by the page. */
async function readAll(first: string, get: Get): Promise<{ pages: number; items: number }> {
  let pages = 0;
  let items = 0;
  for (let url: string | undefined = first; url;) {
    const page = await get(url);
    pages++;
    items += (page.value as unknown[]).length;
    url = page["@odata.nextLink"] as string | undefined;
  }
  return { pages, items };
}

/** The least a start can cost: reading the same journal and parsing each of its lines. */
function parseFloorMs(journalCopy: string): number {
  const start = process.hrtime.bigint();
  let records = 0;
  for (const line of fs.readFileSync(journalCopy, "utf8").split("\n")) {
    if (line !== "" && JSON.parse(line) !== undefined) records++;
  }
  if (records === 0) throw new Error("copie du journal vide");
  return elapsedMs(start);
}

/**
 * The least a full read can cost: the same page bytes, served by a server that only writes them. Its page N+1 is
 * simply /N+1; the client does the same work (fetch, parse, follow the page's link).
 */
async function floorServer(bodies: readonly Buffer[]) {
  const server = http.createServer((req, res) => {
    const body = bodies[Number(req.url?.slice(1))] ?? Buffer.from("{}");
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    first: `${origin}/0`,
    get: (get: Get): Get => {
      let index = 0;
      return async (url) => {
        const page = await get(url);
        index++;
        return page["@odata.nextLink"] ? { ...page, "@odata.nextLink": `${origin}/${index}` } : page;
      };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function main(): Promise<void> {
  const dataDir = process.argv[2] ?? "";
  const journalCopy = process.argv[3] ?? "";
  const started = process.hrtime.bigint();
  const startCpu = process.cpuUsage();
  const store = await startLocalStore({ port: 0, dataDir });
  const startMs = elapsedMs(started);
  const startCpuMs = cpuMs(startCpu);
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const base = `${store.graphBaseUrl}/sites/${encodeURIComponent(LOCAL_SITE_ID)}`;
  const headers = { Authorization: `Bearer ${store.tokens.admin()}`, "Content-Type": "application/json" };
  const get: Get = async (url) => (await fetch(url, { headers })).json() as Promise<Record<string, unknown>>;

  const batchMs = await median(async (run) => {
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: String(i + 1),
      method: "POST",
      url: `/sites/${LOCAL_SITE_ID}${ITEMS}`,
      body: {
        fields: {
          Title: `Lot ${run}.${i}`,
          CommuneLookupId: "1",
          Echeance: "2026-12-31",
          Categorie: "autre",
          MairieClientId: `bench-batch-${run}-${i}`,
        },
      },
    }));
    const response = await fetch(`${store.graphBaseUrl}/$batch`, {
      method: "POST",
      headers,
      body: JSON.stringify({ requests }),
    });
    const { responses } = (await response.json()) as { responses: { status: number }[] };
    if (responses.some((r) => r.status !== 201)) throw new Error("a create of the batch failed");
  });
  const filteredMs = await median(() => get(`${base}${ITEMS}?expand=fields&$filter=fields/CommuneLookupId eq '2'`));
  const first = `${base}${ITEMS}?expand=fields&$top=${PAGE}`;
  // The same pages' bytes, read once outside the timing, for the floor.
  const bodies: Buffer[] = [];
  const { pages, items } = await readAll(first, async (url) => {
    const bytes = Buffer.from(await (await fetch(url, { headers })).arrayBuffer());
    bodies.push(bytes);
    return JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  });
  const floor = await floorServer(bodies);
  // Store and floor in turn, so that a burst of the others' load weighs on both alike; medians of FULL_RUNS.
  const fullTimes: number[] = [];
  const fullCpuTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let run = 0; run < FULL_RUNS; run++) {
    const fullStart = process.hrtime.bigint();
    const fullCpu = process.cpuUsage();
    await readAll(first, get);
    fullTimes.push(elapsedMs(fullStart));
    fullCpuTimes.push(cpuMs(fullCpu));
    const floorStart = process.hrtime.bigint();
    await readAll(floor.first, floor.get(get));
    floorTimes.push(elapsedMs(floorStart));
  }
  await floor.close();
  await store.close();
  const startFloorMs = middle(Array.from({ length: FULL_RUNS }, () => parseFloorMs(journalCopy)));
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  console.log(
    JSON.stringify({
      startMs,
      startCpuMs,
      startFloorMs,
      fullCpuMs: middle(fullCpuTimes),
      fullFloorMs: middle(floorTimes),
      rssMb: mb(rss),
      heapMb: mb(heapUsed),
      batchMs,
      filteredMs,
      fullMs: middle(fullTimes),
      pages,
      items,
    }),
  );
}

void main();
