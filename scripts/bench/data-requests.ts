import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measureRequestFigures } from "@shared/data/bench/request-figures";
import type { Benchmark } from "./figure";

/** HTTP requests the data layer needs, counted against a real embedded store on loopback. */
export const dataRequests: Benchmark = {
  title: "Requêtes Graph",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "mairie-bench-"));
    try {
      const { loadSeance, write100, refreshNoChange, documents } = await measureRequestFigures(dir);
      const perFile = documents.requests / documents.files;
      return [
        {
          name: `générer la convocation et ${documents.files - 1} projets (.docx, envoi, colonnes, liens), par fichier`,
          value: Number(perFile.toFixed(2)),
          unit: `requêtes (${documents.requests} pour ${documents.files} fichiers)`,
          goal: `≤ ${documents.goal}`,
          met: perFile <= documents.goal,
        },
        {
          name: `générer la convocation et ${documents.files - 1} projets sur le stockage local, en tout`,
          value: Math.round(documents.ms),
          unit: `ms (plancher : ${documents.files} documents d'un paragraphe empaquetés par docx, ${Math.round(documents.floorMs)} ms)`,
          goal: "< 1000",
          met: documents.ms < 1000,
        },
        {
          name: "charger une séance de 30 points et leurs avis",
          value: loadSeance.requests,
          unit: "requêtes",
          goal: `≤ ${loadSeance.goal}`,
          met: loadSeance.requests <= loadSeance.goal,
        },
        {
          name: "écrire 100 éléments",
          value: write100.requests,
          unit: "requêtes",
          goal: `≤ ${write100.goal}`,
          met: write100.requests <= write100.goal,
        },
        {
          name: "rafraîchir sans changement",
          value: refreshNoChange.requests,
          unit: "requête",
          goal: `= ${refreshNoChange.goal}`,
          met: refreshNoChange.requests <= refreshNoChange.goal,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
