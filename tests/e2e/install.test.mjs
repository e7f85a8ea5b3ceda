// End to end: the Linux package installs and runs (issue 12.5). The .deb that
// `bash scripts/package.sh --debug` made is read as dpkg reads it (control
// fields, the files it installs), unpacked into a scratch root with
// `dpkg -x`, and the binary installed there is started on the demo shop
// until its board is drawn.
//
//   bash scripts/package.sh --debug
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/install.test.mjs
//
// The package: EQUIPFLOW_DEB, else the newest .deb beside the app binary
// (target/debug/bundle/deb/). Without one the test is skipped, except on CI.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, waitForBoard } from "./boardPage.mjs";
import { APP_BINARY, launchApp, REPO_ROOT } from "./webdriver.mjs";

const CONFIG = JSON.parse(readFileSync(join(REPO_ROOT, "tauri.conf.json"), "utf8"));
const ICON_SIZES = ["32x32", "64x64", "128x128", "256x256@2", "512x512"];

function findDeb() {
  if (process.env.EQUIPFLOW_DEB) return process.env.EQUIPFLOW_DEB;
  const dir = join(dirname(APP_BINARY), "bundle", "deb");
  if (!existsSync(dir)) return null;
  const debs = readdirSync(dir)
    .filter((f) => f.endsWith(".deb"))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return debs[0] ?? null;
}

/** A control file's "Key: value" lines (a continuation line starts with a space) as an object. */
function controlFields(text) {
  const out = {};
  let key = null;
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*([A-Za-z][\w-]*):\s?(.*)$/);
    if (m && !line.startsWith("  ")) {
      key = m[1];
      out[key] = m[2];
    } else if (key && line.trim()) {
      out[key] += `\n${line.trim()}`;
    }
  }
  return out;
}

const deb = findDeb();
const skip = deb ? false : process.env.CI ? false : "no .deb: run bash scripts/package.sh --debug";

describe("the Linux package", { skip }, () => {
  let root;
  before(() => {
    assert.ok(deb && existsSync(deb), `a .deb to test (bash scripts/package.sh --debug): ${deb}`);
    root = mkdtempSync(join(tmpdir(), "equipflow-deb-"));
    execFileSync("dpkg", ["-x", deb, root]);
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test("says what it is, and needs only what this system has", () => {
    const control = controlFields(execFileSync("dpkg-deb", ["-f", deb], { encoding: "utf8" }));
    assert.equal(control.Package, "equipflow");
    assert.equal(control.Version, CONFIG.version);
    assert.equal(control.Architecture, "amd64");
    assert.equal(control.Section, "office");
    assert.equal(control.Description.split("\n")[0], CONFIG.bundle.shortDescription);
    assert.match(control.Description, /flow board shows every item/, "the long description follows");
    const depends = control.Depends.split(",").map((d) => d.trim().split(/[\s(]/)[0]);
    assert.ok(depends.includes("libwebkit2gtk-4.1-0"), `Depends: ${control.Depends}`);
    for (const pkg of depends) {
      const q = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
      assert.match(q.stdout, /install ok installed/, `dependency ${pkg} is installed here`);
    }
  });

  test("installs the binary, the menu entry and the icons", () => {
    // dpkg-deb -c: "mode owner size date time path", one line a file.
    const listing = new Map(
      execFileSync("dpkg-deb", ["-c", deb], { encoding: "utf8" })
        .trim()
        .split("\n")
        .map((line) => line.split(/\s+/))
        .map((f) => [f.at(-1).replace(/^\.\//, ""), f[0]]),
    );
    assert.equal(listing.get("usr/bin/equipflow"), "-rwxr-xr-x", "the binary, executable");
    assert.equal(listing.get("usr/share/applications/equipflow.desktop"), "-rw-r--r--", "the menu entry");
    for (const size of ICON_SIZES) {
      const icon = `usr/share/icons/hicolor/${size}/apps/equipflow.png`;
      assert.ok(listing.has(icon), `${icon} in the package`);
    }
    // The icons are equipflow's own mark (scripts/icons.sh), not Tauri's.
    const installed = readFileSync(join(root, "usr/share/icons/hicolor/128x128/apps/equipflow.png"));
    assert.ok(installed.equals(readFileSync(join(REPO_ROOT, "src-tauri/icons/128x128.png"))));

    const desktopFile = join(root, "usr/share/applications/equipflow.desktop");
    const desktop = Object.fromEntries(
      readFileSync(desktopFile, "utf8")
        .split("\n")
        .filter((line) => line.includes("="))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    assert.equal(desktop.Name, CONFIG.productName);
    assert.equal(desktop.Exec, "equipflow");
    assert.equal(desktop.Icon, "equipflow");
    assert.equal(desktop.Comment, CONFIG.bundle.shortDescription);
    assert.match(desktop.Categories, /(^|;)Office;/);
    const validate = spawnSync("desktop-file-validate", [desktopFile], { encoding: "utf8" });
    assert.equal(validate.status, 0, `desktop-file-validate: ${validate.stdout}${validate.stderr}`);
  });

  test("the installed binary opens the demo shop's board", { timeout: BOARD_TIMEOUT_MS + 60_000 }, async () => {
    const app = await launchApp({ application: join(root, "usr/bin/equipflow") });
    try {
      const board = await waitForBoard(app);
      assert.ok(board.count > 0, "cards on the board");
      assert.equal(await app.cmd("GET", "/title"), CONFIG.app.windows[0].title);
      // The board's frame itself, not the moment before it is composited.
      await app.executeAsync(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
      );
      await app.screenshot("installed-deb.png");
    } finally {
      await app.close();
    }
  });
});
