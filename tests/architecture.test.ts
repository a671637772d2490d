import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The design rules of DEVELOPERS.md that the linter enforces (eslint.config.mjs): a pure domain, hosts behind
 * ports, no user text read as HTML. `npm test` lints the whole tree; this test proves each boundary really fires,
 * on texts placed at real paths of the repository (an existing file's path, so the TypeScript project knows it).
 */
const ROOT = path.resolve(__dirname, "..");
const DOMAIN = "shared/domain/common/quorum.ts";
const UI = "shared/ui/hooks/use-action.ts";
const WORD_ADAPTER = "word-addin/src/host/word-act-document.ts";
const EXCEL_ADAPTER = "excel-addin/src/host/excel-budget-workbook.ts";

const CASES: readonly { name: string; filePath: string; code: string; rules: readonly string[] }[] = [
  {
    name: "le domaine n'importe pas React",
    filePath: DOMAIN,
    code: 'import "react";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "le domaine n'importe pas Node",
    filePath: DOMAIN,
    code: 'import "node:fs";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "le domaine n'importe pas la couche de données",
    filePath: DOMAIN,
    code: 'import "../../data/graph";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "le domaine n'importe pas l'interface par son alias",
    filePath: DOMAIN,
    code: 'import "@shared/ui/hooks/use-action";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "le domaine n'importe pas le stockage local par son alias",
    filePath: DOMAIN,
    code: 'import "@local-store/index";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "le domaine importe le domaine par son alias",
    filePath: DOMAIN,
    code: 'import "@shared/domain/common/iso-date";\n',
    rules: [],
  },
  {
    name: "le domaine ne lit pas l'horloge (new Date())",
    filePath: DOMAIN,
    code: "export const now = new Date();\n",
    rules: ["no-restricted-syntax"],
  },
  {
    name: "le domaine ne lit pas l'horloge (Date.now())",
    filePath: DOMAIN,
    code: "export const now = Date.now();\n",
    rules: ["no-restricted-syntax"],
  },
  {
    name: "le domaine date ce qu'on lui passe",
    filePath: DOMAIN,
    code: 'export const d = new Date("2026-01-01");\n',
    rules: [],
  },
  {
    name: "teams-js hors de son adaptateur",
    filePath: UI,
    code: 'import "@microsoft/teams-js";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "MSAL hors de son adaptateur",
    filePath: UI,
    code: 'import "@azure/msal-browser";\n',
    rules: ["no-restricted-imports"],
  },
  {
    name: "Word.run hors de son adaptateur",
    filePath: UI,
    code: "export const run = () => Word.run(async () => undefined);\n",
    rules: ["no-restricted-properties"],
  },
  {
    name: "Excel.run hors de son adaptateur",
    filePath: UI,
    code: "export const run = () => Excel.run(async () => undefined);\n",
    rules: ["no-restricted-properties"],
  },
  {
    name: "Word.run dans l'adaptateur Word",
    filePath: WORD_ADAPTER,
    code: "export const run = () => Word.run(async () => undefined);\n",
    rules: [],
  },
  {
    name: "Excel.run dans l'adaptateur Excel",
    filePath: EXCEL_ADAPTER,
    code: "export const run = () => Excel.run(async () => undefined);\n",
    rules: [],
  },
  {
    name: "Excel.run hors de l'adaptateur Excel, même dans celui de Word",
    filePath: WORD_ADAPTER,
    code: "export const run = () => Excel.run(async () => undefined);\n",
    rules: ["no-restricted-properties"],
  },
  {
    name: "context.sync() dans une boucle de l'adaptateur Word",
    filePath: WORD_ADAPTER,
    code: "export async function f(context: Word.RequestContext, n: number) {\n  for (let i = 0; i < n; i++) await context.sync();\n}\n",
    rules: ["office-addins/no-context-sync-in-loop"],
  },
  {
    name: "context.sync() dans une boucle de l'adaptateur Excel",
    filePath: EXCEL_ADAPTER,
    code: "export async function f(context: Excel.RequestContext, n: number) {\n  for (let i = 0; i < n; i++) await context.sync();\n}\n",
    rules: ["office-addins/no-context-sync-in-loop"],
  },
  {
    name: "pas de HTML inséré par innerHTML",
    filePath: UI,
    code: 'export function f(e: HTMLElement) {\n  e.innerHTML = "x";\n}\n',
    rules: ["no-restricted-syntax"],
  },
  { name: "pas d'eval", filePath: UI, code: 'export const f = (): unknown => eval("1");\n', rules: ["no-eval"] },
];

describe("architecture, appliquée par ESLint", () => {
  let found: string[][] = [];
  beforeAll(() => {
    const run = spawnSync(process.execPath, [path.join(__dirname, "architecture/lint-texts.mjs")], {
      cwd: ROOT,
      input: JSON.stringify(CASES.map(({ filePath, code }) => ({ filePath: path.join(ROOT, filePath), code }))),
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(run.stderr);
    found = JSON.parse(run.stdout) as string[][];
  }, 120_000);

  it.each(CASES.map((c, index) => [c.name, index] as const))("%s", (_name, index) => {
    expect(found[index]).toEqual(CASES[index]?.rules);
  });
});
