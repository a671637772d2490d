import { LocalTokenProvider } from "../auth/local-token-provider";
import { createGraphClient, createRequestCounter, createRepositories } from "../graph";
import type { Repositories, WriteOp } from "../graph";
import { startLocalStore } from "../../../local-store";
import type { avis, echeances, points } from "../schema";
import { loadSeanceAgenda } from "../seance-agenda";

/** HTTP requests each scenario needs, with the goals beside them. */
export interface RequestFigures {
  readonly loadSeance: { readonly requests: number; readonly goal: 2 };
  readonly write100: { readonly requests: number; readonly goal: 5 };
  readonly refreshNoChange: { readonly requests: number; readonly goal: 1 };
}

async function seedLargeSeance(repos: Repositories): Promise<string> {
  const seance = await repos.seances.create({
    titre: "Séance du budget",
    commune: "1",
    date: "2026-04-10T18:00:00Z",
    statut: "preparation",
  });
  const agenda: WriteOp<typeof points>[] = Array.from({ length: 30 }, (_, i) => ({
    kind: "create",
    clientId: `bench-point-${i}`,
    draft: { titre: `Point ${i + 1}`, seance: seance.id, numero: i + 1, nature: "deliberation" },
  }));
  const created = (await repos.points.writeMany(agenda)).flatMap((o) => (o.ok && o.record ? [o.record] : []));
  const reviews: WriteOp<typeof avis>[] = created.flatMap((point, i) =>
    ["3", "4"].map((membre) => ({
      kind: "create" as const,
      clientId: `bench-avis-${i}-${membre}`,
      draft: { titre: "Avis", seance: seance.id, point: point.id, membre, position: "favorable" as const },
    })),
  );
  await repos.avis.writeMany(reviews);
  return seance.id;
}

/** Runs the three scenarios against a fresh embedded store in `dataDir` and counts what goes on the wire. */
export async function measureRequestFigures(dataDir: string): Promise<RequestFigures> {
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  try {
    const counter = createRequestCounter();
    const connection = createGraphClient({
      baseUrl: store.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(store.tokens.admin()),
      onRequest: counter.hook,
    });
    const repos = createRepositories(connection, store.siteId);
    const seanceId = await seedLargeSeance(repos);

    counter.reset();
    const agenda = await loadSeanceAgenda(repos, seanceId);
    if (agenda.points.length !== 30 || agenda.avisByPoint.size !== 30)
      throw new Error("La séance de mesure est incomplète.");
    const loadSeance = counter.count();

    const writes: WriteOp<typeof echeances>[] = Array.from({ length: 100 }, (_, i) => ({
      kind: "create",
      clientId: `bench-echeance-${i}`,
      draft: { libelle: `Échéance ${i + 1}`, commune: "1", due: "2026-12-31T00:00:00Z", categorie: "autre" },
    }));
    counter.reset();
    const outcomes = await repos.echeances.writeMany(writes);
    if (!outcomes.every((o) => o.ok)) throw new Error("Des écritures de mesure ont échoué.");
    const write100 = counter.count();

    const { deltaLink } = await repos.avis.delta();
    counter.reset();
    await repos.avis.delta(deltaLink);
    const refreshNoChange = counter.count();

    return {
      loadSeance: { requests: loadSeance, goal: 2 },
      write100: { requests: write100, goal: 5 },
      refreshNoChange: { requests: refreshNoChange, goal: 1 },
    };
  } finally {
    await store.close();
  }
}
