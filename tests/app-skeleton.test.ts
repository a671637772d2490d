import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const APPS = ["word-addin", "excel-addin", "teams-app"] as const;
// app: entry, shell and services; host: the one adapter to Word, Excel or Teams; features: one folder a feature;
// common: what several features of one app share; testing: the app rendered on the preview for the tests.
const ALLOWED = new Set(["app", "host", "features", "common", "testing"]);

const folders = (dir: string) => readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

describe("the three apps share one skeleton", () => {
  it.each(APPS)("%s/src holds app, host, features and testing, and nothing else", (app) => {
    const src = path.join(ROOT, app, "src");
    const top = folders(src);
    expect(top.filter((name) => !ALLOWED.has(name))).toEqual([]);
    for (const required of ["app", "host", "features", "testing"]) expect(top).toContain(required);
    expect(readdirSync(src).filter((name) => !top.includes(name))).toEqual([]);
    expect(readdirSync(path.join(src, "app"))).toContain("index.tsx");
  });

  it.each(APPS)("%s: every feature folder has a view or a hook with its test beside it", (app) => {
    const features = path.join(ROOT, app, "src", "features");
    for (const feature of folders(features)) {
      const inside = files(path.join(features, feature)).map((f) => path.basename(f));
      expect({ feature, hasView: inside.some((f) => /\.tsx$/.test(f) && !f.includes(".test.")) }).toEqual({
        feature,
        hasView: true,
      });
      expect({ feature, hasTest: inside.some((f) => f.includes(".test.")) }).toEqual({ feature, hasTest: true });
    }
  });
});
