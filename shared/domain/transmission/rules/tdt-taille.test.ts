import { testRule } from "@tests/support/rule-tester";
import { DOSSIER_MAX_BYTES } from "../envelope";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-taille";

const files = (...sizes: number[]) =>
  sizes.map((size, i) => ({ name: `f${i}.pdf`, size, role: i === 0 ? ("acte" as const) : ("annexe" as const) }));

testRule(rule, {
  valid: [
    { name: "96 Ko", subject: s() },
    { name: "exactement 150 Mo", subject: s({ documents: files(DOSSIER_MAX_BYTES - 1000, 1000) }) },
  ],
  invalid: [
    {
      name: "un octet de trop",
      subject: s({ documents: files(DOSSIER_MAX_BYTES, 1) }),
      findings: [{ severity: "error", message: "au-delà des 150 Mo" }],
    },
    { name: "fichier vide", subject: s({ documents: files(10, 0) }), findings: [{ message: "« f1.pdf » est vide" }] },
  ],
});
