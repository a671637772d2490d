/** Three projects: pure and server code under node, React components under jsdom, browser journeys with Chromium. */
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }];
const common = { transform: { "^.+\\.tsx?$": tsJest }, moduleFileExtensions: ["ts", "tsx", "js", "json"] };

module.exports = {
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
