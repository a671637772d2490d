import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The design rules of DEVELOPERS.md that a grep can enforce: a pure domain, and hosts behind ports. */
const ROOT = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full).flatMap((name) => {
    const child = path.join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    if (statSync(path.join(ROOT, child)).isDirectory()) return sources(child);
    return /\.tsx?$/.test(name) ? [child] : [];
  });
}

const ALL = ["shared", "word-addin", "excel-addin", "teams-app", "scripts"].flatMap(sources);
const PRODUCT = ALL.filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith("scripts/"));
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const importsOf = (file: string) =>
  [...read(file).matchAll(/(?:from\s+|import\(\s*|require\(\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "");

describe("architecture", () => {
  it("le domaine n'importe ni Office, ni Teams, ni Graph, ni React, ni Node, ni les couches extérieures", () => {
    const forbidden =
      /^(react|react-dom|@fluentui\/|@microsoft\/|@azure\/|node:|fs$|path$|exceljs|jszip|fast-xml-parser)|\/(data|ui|io|cli|preview|office|ports)\//;
    const offenders = PRODUCT.filter((f) => f.startsWith("shared/domain/")).flatMap((f) =>
      importsOf(f)
        .filter(
          (spec) =>
            forbidden.test(spec) &&
            !(spec.startsWith(".") && path.normalize(path.join(path.dirname(f), spec)).startsWith("shared/domain")),
        )
        .map((spec) => `${f} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ["Word.run", /\bWord\.run\(/, /^word-addin\/src\/office\//],
    ["Excel.run", /\bExcel\.run\(/, /^excel-addin\/src\/office\//],
    ["@microsoft/teams-js", /["']@microsoft\/teams-js["']/, /^teams-app\/src\/teams\//],
    ["@azure/msal-browser", /["']@azure\/msal-browser["']/, /^shared\/data\/auth\//],
  ])("%s n'apparaît que dans son adaptateur", (_name, pattern, allowed) => {
    const users = PRODUCT.filter((f) => pattern.test(read(f)));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((f) => !allowed.test(f))).toEqual([]);
  });

  it("aucun texte utilisateur n'est interprété comme du HTML ou de l'OOXML", () => {
    const risky = /dangerouslySetInnerHTML|\.innerHTML\s*=|insertHtml\(|insertOoxml\(|\beval\(|new Function\(/;
    expect(PRODUCT.filter((f) => risky.test(read(f)))).toEqual([]);
  });

  it("le domaine ne lit pas l'horloge : la date du jour lui est passée", () => {
    const clock = /new Date\(\)|Date\.now\(\)/;
    expect(PRODUCT.filter((f) => f.startsWith("shared/domain/") && clock.test(read(f)))).toEqual([]);
  });
});
