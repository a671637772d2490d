import { LOCAL_SITE_ID, startLocalStore } from "../../local-store";

/**
 * One store-scale measurement in a fresh process (so that memory is the store's own): started on a prepared
 * data folder, then timed on a $batch of 20 creates, a filtered read and a full paged read. Prints one JSON line.
 */
const ITEMS = "/lists/%C3%89ch%C3%A9ances/items";
const RUNS = 5;
/** The data layer's page size (shared/data/graph/repository.ts). */
const PAGE = 500;

/** CPU time of this process since `since`: on a shared machine, wall time also counts the others' work. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

async function median(work: (run: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = process.hrtime.bigint();
    await work(run);
    // The first run warms up and is not counted.
    if (run > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const dataDir = process.argv[2] ?? "";
  const started = process.hrtime.bigint();
  const startCpu = process.cpuUsage();
  const store = await startLocalStore({ port: 0, dataDir });
  const startMs = Number(process.hrtime.bigint() - started) / 1e6;
  const startCpuMs = cpuMs(startCpu);
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const base = `${store.graphBaseUrl}/sites/${encodeURIComponent(LOCAL_SITE_ID)}`;
  const headers = { Authorization: `Bearer ${store.tokens.admin()}`, "Content-Type": "application/json" };
  const get = async (url: string) => (await fetch(url, { headers })).json() as Promise<Record<string, unknown>>;

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
  let pages = 0;
  let items = 0;
  const fullStart = process.hrtime.bigint();
  const fullCpu = process.cpuUsage();
  for (let url: string | undefined = `${base}${ITEMS}?expand=fields&$top=${PAGE}`; url;) {
    const page = await get(url);
    pages++;
    items += (page.value as unknown[]).length;
    url = page["@odata.nextLink"] as string | undefined;
  }
  const fullMs = Number(process.hrtime.bigint() - fullStart) / 1e6;
  const fullCpuMs = cpuMs(fullCpu);
  await store.close();
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  console.log(
    JSON.stringify({
      startMs,
      startCpuMs,
      fullCpuMs,
      rssMb: mb(rss),
      heapMb: mb(heapUsed),
      batchMs,
      filteredMs,
      fullMs,
      pages,
      items,
    }),
  );
}

void main();
