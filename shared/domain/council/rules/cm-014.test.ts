import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-014";

const proxies = (list: NonNullable<ReturnType<typeof s>["seance"]["procurations"]>) =>
  s((x) => {
    x.procurations = list;
  });

testRule(rule, {
  valid: [
    { name: "un pouvoir écrit à un présent", subject: s() },
    {
      name: "maladie : plus de trois séances",
      subject: proxies([
        { mandant: "Marc Fabre", mandataire: "Luc Durand", written: true, consecutiveSeances: 5, maladie: true },
      ]),
    },
    {
      name: "période COVID : deux pouvoirs admis",
      date: "2021-01-10",
      subject: s((x) => {
        x.date = "2021-01-10";
        x.procurations?.push({ mandant: "Lucie Morel", mandataire: "Luc Durand", written: true });
      }),
    },
  ],
  invalid: [
    {
      name: "deux pouvoirs pour un même conseiller",
      subject: s((x) => {
        x.procurations?.push({ mandant: "Lucie Morel", mandataire: "luc durand", written: true });
      }),
      findings: [{ severity: "error", message: "porte 2 pouvoirs", at: { path: "procurations[1]" } }],
    },
    {
      name: "pouvoir oral",
      subject: proxies([{ mandant: "Marc Fabre", mandataire: "Luc Durand", written: false }]),
      findings: [{ severity: "error", message: "pas écrit" }],
    },
    {
      name: "pouvoir sans mandataire",
      subject: proxies([{ mandant: "Marc Fabre", written: true }]),
      findings: [{ severity: "warning", message: "ne désigne pas" }],
    },
    {
      name: "quatre séances consécutives",
      subject: proxies([{ mandant: "Marc Fabre", mandataire: "Luc Durand", written: true, consecutiveSeances: 4 }]),
      findings: [{ severity: "error", message: "4 séances" }],
    },
    {
      name: "mandataire absent",
      subject: proxies([{ mandant: "Marc Fabre", mandataire: "Lucie Morel", written: true }]),
      findings: [{ severity: "warning", message: "absent" }],
    },
    {
      name: "mandant présent",
      subject: proxies([{ mandant: "Paul Bernard", mandataire: "Luc Durand", written: true }]),
      findings: [{ severity: "info", message: "tombe" }],
    },
  ],
});
