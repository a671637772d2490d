/** Three projects: pure and server code under node, React components under jsdom, browser journeys with Chromium. */
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }];
const common = { transform: { "^.+\\.tsx?$": tsJest }, moduleFileExtensions: ["ts", "tsx", "js", "json"] };

module.exports = {
  // Browser journeys and the embedded store on a loaded 2-core machine: a step can take seconds without anything
  // being wrong. Jest reads this option only at the root.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/property/case-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/{shared,word-addin,excel-addin,teams-app,tests,scripts}/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/{shared,word-addin,excel-addin,teams-app,tests}/**/*.test.tsx"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
    },
  ],
};
