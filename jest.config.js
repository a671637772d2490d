/**
 * Four projects: pure and server code under node, React components under jsdom, the property tests (fast-check, the
 * slowest unit files) on their own so they can be run or skipped as a block, and the browser journeys with Chromium.
 * SWC strips the types (the type check is `npm run typecheck`'s job), several times faster than ts-jest.
 */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];
// The path aliases of tsconfig.json.
const ALIASES = ["shared", "cli", "local-store", "tests", "word-addin", "excel-addin", "teams-app", "scripts"];
const common = {
  transform: { "^.+\\.tsx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: Object.fromEntries(ALIASES.map((folder) => [`^@${folder}/(.*)$`, `<rootDir>/${folder}/$1`])),
};

module.exports = {
  // Browser journeys and the embedded store on a loaded 2-core machine: a step can take seconds without anything
  // being wrong. Jest reads this option only at the root.
  testTimeout: 90_000,
  reporters: ["default", "<rootDir>/tests/property/case-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/{shared,cli,local-store,word-addin,excel-addin,teams-app,tests,scripts}/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$", "\\.property\\.test\\.ts$"],
      setupFiles: ["<rootDir>/tests/support/account-plans.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/{shared,word-addin,excel-addin,teams-app,tests}/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/support/ui-setup.ts"],
    },
    {
      ...common,
      displayName: "property",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/property/**/*.property.test.ts"],
      setupFiles: ["<rootDir>/tests/support/account-plans.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
    },
  ],
};
