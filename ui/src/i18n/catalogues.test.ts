// No key is missing in either language: both catalogues have the same keys,
// every word is written, and each sentence takes the same {{values}}.
import { describe, expect, it } from "vitest";
import de from "./de.json";
import en from "./en.json";

type Tree = { [key: string]: string | Tree };

/** Every "a.b.c" key with its text. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const values = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe("the UI's catalogues", () => {
  const english = leaves(en);
  const german = leaves(de);

  it("have the same keys", () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("have every word written, with the same values in each sentence", () => {
    for (const [key, text] of english) {
      const other = german.get(key) ?? "";
      expect(text.trim(), key).not.toBe("");
      expect(other.trim(), key).not.toBe("");
      expect(values(other), key).toEqual(values(text));
    }
  });
});
