import { DELIBERATION, dropLines, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-004";

testRule(rule, {
  valid: [{ name: "présents et pouvoirs nommés", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "ni liste des présents ni pouvoirs nommés",
      subject: subjectOf(dropLines(DELIBERATION, /^(Présents|Pouvoir) /)),
      findings: [
        { message: "2 conseiller(s) représenté(s)", at: { line: 12 } },
        { message: "Liste nominative des présents" },
      ],
    },
  ],
});
