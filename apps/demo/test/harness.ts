/**
 * End-to-end harness: builds the app with Vite into a temporary folder, serves the static files
 * from a sub-path on a free localhost port (as a static host would, proving the build is
 * relocatable), and drives Debian's Chromium through playwright-core.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";

/** The app's folder. */
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
/** Where screenshots go (gitignored). */
export const RESULTS_DIR = join(APP_DIR, "test-results");
/** The path the app is served under. */
export const BASE_PATH = "/statecraft/demo/";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** A running app and browser. */
export interface Harness {
  /** The app's URL. */
  readonly url: string;
  readonly context: BrowserContext;
  /** The browser's profile folder (it names the browser's processes, for the benchmark). */
  readonly profileDir: string;
  /** Opens a page that records console errors and uncaught exceptions. */
  openPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!path.startsWith(BASE_PATH)) {
      response.writeHead(404).end();
      return;
    }
    const relative = path.slice(BASE_PATH.length) || "index.html";
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Builds, serves and launches; throws with instructions when Chromium is missing. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The demo's end-to-end tests need it: install it with ` +
        "`apt-get install -y -o DPkg::Lock::Timeout=120 chromium` (see TOOLCHAIN.md), or set CHROMIUM_PATH.",
    );
  }
  const work = await mkdtemp(join(tmpdir(), "statecraft-demo-"));
  const outDir = join(work, "dist");
  await build({ root: APP_DIR, logLevel: "silent", build: { outDir, emptyOutDir: true } });
  await mkdir(RESULTS_DIR, { recursive: true });
  const server = await serve(outDir);
  const { port } = server.address() as AddressInfo;
  const profileDir = join(work, "profile");
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    context,
    profileDir,
    async openPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-results/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}
