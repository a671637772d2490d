import * as esbuild from "esbuild";
import path from "node:path";
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, metafile: true, format: "esm", splitting: true, outdir: "/tmp/esb", tsconfig: "tsconfig.json", jsx: "automatic", define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error" });
const outs = r.metafile.outputs;
const key = (p) => Object.keys(outs).find((k) => path.resolve(k) === path.resolve(p));
const first = Object.keys(outs).find((k) => outs[k].entryPoint === entry);
const by = {}; const seen = new Set(); let total = 0;
const add = (o) => {
  if (!o || seen.has(o)) return; seen.add(o); total += outs[o].bytes;
  for (const [f, v] of Object.entries(outs[o].inputs)) { const k = f.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? f.split("/").slice(0, 3).join("/"); by[k] = (by[k] ?? 0) + v.bytesInOutput; }
  for (const i of outs[o].imports) if (i.kind === "import-statement") add(key(i.path));
};
add(first);
console.log(entry, Math.round(total / 1024) + "K min (static part)");
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log("  " + Math.round(v / 1024) + "K", k);
const ins = r.metafile.inputs;
const importers = Object.entries(ins).filter(([f, v]) => !f.includes("node_modules") && v.imports.some((i) => /node_modules\/zod\//.test(i.path))).map(([f]) => f);
console.log("zod importers:", importers.join(" "));
if (process.argv[3]) {
  const files = {};
  for (const o of seen) for (const [f, v] of Object.entries(outs[o].inputs)) if (f.startsWith(process.argv[3])) files[f] = v.bytesInOutput;
  for (const [f, b] of Object.entries(files).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log("   ", b, f);
  const imp = (target) => Object.entries(ins).filter(([f, v]) => v.imports.some((i) => i.path === target)).map(([f]) => f);
  console.log("importers of acts/index:", imp("shared/domain/acts/index.ts").join(" "));
  console.log("importers of check-act:", imp("shared/domain/acts/check-act.ts").join(" "));
}
const staticInputs = new Set(); for (const o of seen) for (const f of Object.keys(outs[o].inputs)) staticInputs.add(f);
for (const t of ["shared/data/auth/config.ts", "shared/data/schema/columns.ts", "shared/data/schema/parse-items.ts", "shared/domain/council/schema.ts", "node_modules/@microsoft/microsoft-graph-client/lib/es/src/index.js"]) {
  const chain = [t]; let cur = t;
  for (let d = 0; d < 12; d++) { const up = Object.entries(ins).find(([f, v]) => staticInputs.has(f) && v.imports.some((i) => i.path === cur && i.kind === "import-statement")); if (!up) break; chain.push(up[0]); cur = up[0]; }
  console.log("CHAIN", chain.join(" <- "));
}
