// The project's conventions as tools: typescript-eslint's strict type-checked rules, React hooks, Office's own
// rules on round trips, and the layering of DEVELOPERS.md (a pure domain, hosts behind ports) as import bans.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

const message = (text) => `${text} (voir « Design rules » de DEVELOPERS.md et l'architecture du README).`;

/** Hosts and clients that only their adapter may import. */
const adapterOnly = [
  { name: "@microsoft/teams-js", message: message("teams-js n'est importé que par teams-app/src/host/") },
  { name: "@azure/msal-browser", message: message("MSAL n'est importé que par shared/data/auth/") },
];
const wordRun = {
  object: "Word",
  property: "run",
  message: message("Word.run n'est appelé que par word-addin/src/host/"),
};
const excelRun = {
  object: "Excel",
  property: "run",
  message: message("Excel.run n'est appelé que par excel-addin/src/host/"),
};

/** A relative import that climbs out of shared/domain into another layer of shared/. */
const outerLayer = String.raw`^(\.\./)+(data|ui|io|cli|preview|office|ports)(/|$)`;

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", ".data/", "tests/artifacts/", "tests/fixtures/", "coverage/"],
  },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans in French messages are the norm (« 3 jours francs »); objects still may not be.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // `onClick={() => setOpen(false)}` is how React handlers are written; a void in any other expression is still an error.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // An async function that implements a Promise-returning port (preview adapters, fakes, commands) turns a throw
      // into a rejection, as callers expect; demanding an await there would only add Promise.resolve wrappers.
      "@typescript-eslint/require-await": "off",
      // `_name` marks a parameter a signature requires and the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { paths: adapterOnly }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Le texte de l'utilisateur n'est jamais interprété comme du HTML.",
        },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
          message: "Le texte de l'utilisateur n'est jamais interprété comme du HTML.",
        },
        {
          selector: "CallExpression[callee.property.name=/^insert(Html|Ooxml)$/]",
          message: "Les clauses sont insérées comme du texte, jamais comme du HTML ou de l'OOXML.",
        },
      ],
      // The suite matches control characters on purpose, to refuse or neutralise them in files and fields.
      "no-control-regex": "off",
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["**/*.tsx", "shared/ui/**/*.ts", "*/src/**/use*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The domain is pure: no host, no client, no outer layer, no clock (today is passed in).
    files: ["shared/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: adapterOnly,
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "@microsoft/*",
                "@azure/*",
                "node:*",
                "fs",
                "path",
                "exceljs",
                "jszip",
                "fast-xml-parser",
                "saxes",
                "docx",
              ],
              message: message("Le domaine est du TypeScript pur : aucun hôte, client ou module Node"),
            },
            { regex: outerLayer, message: message("Le domaine n'importe aucune couche extérieure") },
            {
              regex: String.raw`^@(shared/(?!domain/)|cli/|local-store/|word-addin/|excel-addin/|teams-app/|scripts/|tests/)`,
              message: message("Le domaine n'importe aucune couche extérieure"),
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Le domaine ne lit pas l'horloge : la date du jour lui est passée.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Le domaine ne lit pas l'horloge : la date du jour lui est passée.",
        },
      ],
    },
  },
  // Word.run and Excel.run live in their adapter, where Office's rules on round trips apply.
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["word-addin/src/host/**", "excel-addin/src/host/**", "tests/**"],
    rules: { "no-restricted-properties": ["error", wordRun, excelRun] },
  },
  { files: ["word-addin/src/host/**/*.ts"], rules: { "no-restricted-properties": ["error", excelRun] } },
  { files: ["excel-addin/src/host/**/*.ts"], rules: { "no-restricted-properties": ["error", wordRun] } },
  {
    files: ["word-addin/src/host/**/*.ts", "excel-addin/src/host/**/*.ts", "tests/support/fake-office.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
    },
  },
  {
    files: ["teams-app/src/host/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [adapterOnly[1]] }] },
  },
  {
    files: ["shared/data/auth/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [adapterOnly[0]] }] },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "tests/**/*.ts"],
    rules: {
      // Jest's asymmetric matchers (expect.any, expect.objectContaining), JSON fixtures and page.evaluate results are
      // typed `any`: in a test, the assertion that follows is the check.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      // A test that reads what it has just built fails loudly if it is absent; `!` says so shortest.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Teardown guards (`env?.close()`) run after a failed setup, which the declared types cannot see.
      "@typescript-eslint/no-unnecessary-condition": "off",
      // testing-library's queries return HTMLElement; `as HTMLInputElement` is its documented idiom.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
);
