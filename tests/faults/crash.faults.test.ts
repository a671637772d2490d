import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LOCAL_SITE_ID, startLocalStore } from "../../local-store";
import { loadOrCreateSecret, localTokens } from "@local-store/local-tokens";
import { graphCall } from "../contract/graph-call";

const ECHEANCES = "/lists/%C3%89ch%C3%A9ances/items";
/** Enough acknowledged writes to be killed in the middle of a storm, few enough for a small CI machine. */
const KILL_AFTER = 150;
const WRITERS = 4;

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "store-process.ts"), dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const ready = /READY (\S+)/.exec(out);
      if (ready?.[1]) resolve({ child, url: ready[1] });
    });
    child.once("exit", (code) => {
      reject(new Error(`store process exited (${String(code)}) before it was ready`));
    });
  });
}

describe("kill -9 du stockage local au milieu d'une rafale d'écritures", () => {
  it("retrouve après redémarrage chaque écriture confirmée, une seule fois", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-crash-"));
    const { child, url } = await startChild(dataDir);
    // The child created the store's secret at start: the test signs the owner's token with it, as its tools do.
    const adminToken = localTokens(loadOrCreateSecret(dataDir)).admin();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const acknowledged = new Map<string, string>();
    let killed = false;
    const killEarly = () => {
      if (killed) return;
      killed = true;
      child.kill("SIGKILL");
    };
    const writer = async (w: number) => {
      for (let n = 0; !killed; n++) {
        const clientId = `crash-${w}-${n}`;
        const libelle = `Échéance ${w}.${n} « rafale »`;
        try {
          const answer = await fetch(`${url}/v1.0/sites/${encodeURIComponent(LOCAL_SITE_ID)}${ECHEANCES}`, {
            method: "POST",
            headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
            body: JSON.stringify({
              fields: {
                Title: libelle,
                CommuneLookupId: "1",
                Echeance: "2026-09-30",
                Categorie: "autre",
                MairieClientId: clientId,
              },
            }),
          });
          if (answer.status === 201) acknowledged.set(clientId, libelle);
        } catch {
          return; // the process is gone: this write was never acknowledged
        }
        if (acknowledged.size >= KILL_AFTER) killEarly();
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    await exited;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);

    const store = await startLocalStore({ port: 0, dataDir });
    try {
      const answer = await graphCall(store, "GET", `${ECHEANCES}?expand=fields&$top=5000`);
      const found = (answer.body.value as { fields: { Title: string; MairieClientId?: string } }[]).filter((item) =>
        item.fields.MairieClientId?.startsWith("crash-"),
      );
      const copies = new Map<string, number>();
      for (const item of found)
        copies.set(item.fields.MairieClientId ?? "", (copies.get(item.fields.MairieClientId ?? "") ?? 0) + 1);
      const lost = [...acknowledged.keys()].filter((clientId) => !copies.has(clientId));
      expect(lost).toEqual([]);
      expect([...copies.values()].every((count) => count === 1)).toBe(true);
      for (const item of found) {
        const expected = acknowledged.get(item.fields.MairieClientId ?? "");
        // An item may exist without its answer (killed before replying), never with other fields than sent.
        if (expected !== undefined) expect(item.fields.Title).toBe(expected);
      }
      expect(store.journalReport.damaged.filter((d) => !d.reason.startsWith("dernière ligne"))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
