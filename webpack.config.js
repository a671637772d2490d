const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

/**
 * One HTML page per host. Each page runs inside its host or, opened in a plain browser, on its in-page preview
 * adapters. In Office, office.js comes from Microsoft's CDN (required for the Marketplace, and the only build with
 * the nested-app-auth bridge); the copy of @microsoft/office-js serves offline tests and a page whose CDN is out of
 * reach (shared/office/office-ready.ts).
 */
const PAGES = [
  { name: "word", title: "Mairie – Actes", entry: "./word-addin/src/app/index.tsx" },
  { name: "excel", title: "Mairie – Budget", entry: "./excel-addin/src/app/index.tsx" },
  { name: "teams", title: "Mairie", entry: "./teams-app/src/app/index.tsx" },
  // Opened by Office's dialog API where Office cannot do nested app authentication (shared/office/office-sign-in.ts).
  { name: "signin", title: "Connexion – Mairie", entry: "./shared/office/sign-in-dialog.ts" },
];

// Fluent's Griffel injects style rules at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'.
// frame-ancestors cannot be set from a meta tag: the server sends it as a header (scripts/server/).
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // teams-js fetches its list of valid host domains from the Office CDN when it starts inside Teams.
  // office.js from the CDN loads its host files and locale strings from the same place.
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://res.cdn.office.net https://appsforoffice.microsoft.com",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

// MAIRIE_APP_DIR lets a build and the browser tests that read it use a folder of their own, beside other builds.
const APP_DIR = path.resolve(__dirname, process.env.MAIRIE_APP_DIR ?? "dist/app");

const ALIASES = ["shared", "cli", "local-store", "tests", "word-addin", "excel-addin", "teams-app", "scripts"];

const OFFICE_FILES = ["office.js", "o15apptofilemappingtable.js", "word-*.js", "excel-*.js", "fr-fr/**", "en-us/**"];

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    // Eval-based source maps would need 'unsafe-eval' in the CSP.
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: { path: APP_DIR, filename: "[name].[contenthash:8].js", clean: true },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // The path aliases of tsconfig.json.
      alias: Object.fromEntries(ALIASES.map((folder) => [`@${folder}`, path.resolve(__dirname, folder)])),
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    // esbuild minifies in a fraction of terser's time on the 2-core machines this is built on.
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020" })] },
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: "./shared/ui/page.html",
            chunks: [p.name],
            title: p.title,
            csp: CSP,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_FILES.map((from) => ({ from, context: "node_modules/@microsoft/office-js/dist", to: "office-js" })),
          { from: "manifest/assets", to: "assets" },
          { from: "shared/ui/static", to: "." },
        ],
      }),
    ],
  };
};
