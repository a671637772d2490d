import {
  BASE_CLASSIFICATION,
  checkTransmission,
  parseClassification,
  parseRecordPatch,
} from "@shared/domain/transmission";
import { applyRecordPatch } from "@shared/domain/transmission";
import { completeRecord } from "@shared/domain/transmission/record.test-support";
import { check, expectFrench, fc, hostileText, settled } from "./support";

/** A record file: any of its fields set to a hostile value, or a plausible one. */
const hostileField = fc.oneof(
  fc.constantFrom<unknown>(null, "", 0, -1, 1.5, 7, 1e308, true, [], {}, "2025-02-30", "__proto__", "NaN"),
  hostileText(["2025_012", "7.1", "acte", "annexe", ".pdf", "\n"]),
  fc.jsonValue({ maxDepth: 2 }),
);
const FIELDS = [
  "numero",
  "objet",
  "date",
  "nature",
  "classification",
  "documents",
  "transmisLe",
  "autresNumeros",
  "budget",
];
const recordFile = fc.dictionary(fc.constantFrom(...FIELDS), hostileField, { maxKeys: 5 });

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  return [];
}

describe("fiche de l'acte et enveloppe @CTES : entrées hostiles", () => {
  it("une fiche lue d'un fichier est refusée en français ou vérifiée sans exception, chaque constat en français", async () => {
    await check(
      [recordFile],
      async (json) => {
        const { error } = await settled(() => {
          const parsed = parseRecordPatch(json);
          const echoed = stringsOf(json);
          if (!parsed.ok) {
            expectFrench(parsed.message, echoed);
            return;
          }
          const record = applyRecordPatch(completeRecord(), parsed.patch);
          for (const finding of checkTransmission(record, { today: "2025-06-15", otherNumeros: parsed.otherNumeros })) {
            expect(finding.rule).toMatch(/^TDT-[A-Z-]+$/);
            expectFrench(finding.message, echoed);
          }
        });
        expect(error).toBeUndefined();
      },
      400,
    );
  });

  it("une nomenclature fournie par la commune est lue ou refusée en français", async () => {
    await check(
      [fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant<unknown>(BASE_CLASSIFICATION))],
      async (json) => {
        const { value, error } = await settled(() => parseClassification(json));
        expect(error).toBeUndefined();
        if (value && !value.ok) expectFrench(value.message, stringsOf(json));
      },
      200,
    );
  });
});
