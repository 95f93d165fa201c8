import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PostFormat } from "@/lib/mdx/format";
import { processGlobal } from "@/lib/data/process-global";
import {
  BUDGET_HEAP_MB,
  CHECK_UNAVAILABLE,
  COULD_NOT_PROCESS,
  deepLine,
  MAX_MDX_LENGTH,
  MAX_ELEMENTS,
  MAX_PAGE_TEXT,
  MAX_TABLE_CELLS,
  MAX_TABLE_COLUMNS,
  MDX_KILL_MS,
  MDX_TIME_LIMIT_MS,
  TOO_DEEP,
  TOO_LONG,
  TOO_MUCH_MEMORY,
  TOO_SLOW,
  tooManyCells,
  tooManyColumns,
  tooManyElements,
  tooMuchText,
} from "./limits";
import { KATEX_OPTIONS, SHIKI_OPTIONS } from "./pipeline";
import { scanTables } from "./table-scan";
import { compiledKey } from "./compiled-cache";

/**
 * What the budget found. `limit` names the first limit a body breaks: `length`, `nesting` and
 * the table limits can come from the text alone; `time` and `memory` are the worker running out of
 * CPU time, being stopped, or running out of heap; `failed`, the worker crashing on it; `unavailable` means the worker could not start
 * (or too many checks are waiting), and is never cached.
 */
export type BudgetVerdict =
  | { ok: true; elements?: number; text?: number }
  | {
      ok: false;
      limit:
        | "length"
        | "nesting"
        | "tableColumns"
        | "tableCells"
        | "elements"
        | "text"
        | "time"
        | "memory"
        | "failed"
        | "unavailable";
      found?: number;
      rows?: number;
      columns?: number;
      line?: number;
    };

type Job = { id: number; source: string; format: PostFormat; done: (v: BudgetVerdict) => void };

/** Start-up loads KaTeX, Shiki's grammars and WebAssembly: seconds on a busy machine. */
const START_TIMEOUT_MS = 60_000;
/** Jobs waiting for the worker beyond this are refused rather than queued without end. */
const MAX_QUEUE = 200;
/** Verdicts kept, by hash of the body: a page is measured once, not on every request. */
const MAX_CACHED = 2_000;
/** A `time` verdict is kept this long only: it may come from a moment the server was busy. */
const TIME_VERDICT_MS = 5 * 60_000;

/**
 * One long-lived worker thread, reused for every check, one job at a time. A job still running
 * after MDX_KILL_MS, or a worker that runs out of heap, ends the worker (never the server); the
 * next job starts a new one.
 */
export class BudgetWorker {
  /** `killMs`, `heapMb` and `timeMs` are for tests; the server uses the limits of ./limits.ts. */
  constructor(
    private readonly killMs = MDX_KILL_MS,
    private readonly heapMb = BUDGET_HEAP_MB,
    private readonly timeMs = MDX_TIME_LIMIT_MS,
  ) {}

  private worker?: Worker;
  private ready = false;
  private current?: Job & { timer: NodeJS.Timeout };
  private queue: Job[] = [];
  private nextId = 1;

  check(source: string, format: PostFormat): Promise<BudgetVerdict> {
    if (this.queue.length >= MAX_QUEUE) return Promise.resolve({ ok: false, limit: "unavailable" });
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, source, format, done });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const worker = this.worker ?? this.start();
    if (!this.ready) return;
    const job = this.queue.shift()!;
    // The worker reports `time` itself (in CPU time) between stages; this is for a stage that
    // never ends, however busy the machine.
    const timer = setTimeout(() => this.stop({ ok: false, limit: "time" }), this.killMs);
    this.current = { ...job, timer };
    worker.ref();
    worker.postMessage({ id: job.id, source: job.source, format: job.format });
  }

  private start(): Worker {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/mdx/budget-worker.mjs");
    // `eval` with a dynamic import: the bundler neither follows nor rewrites the worker's path.
    const code = `import(${JSON.stringify(pathToFileURL(file).href)})`;
    const worker = new Worker(code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 16 },
      workerData: {
        limits: {
          tableColumns: MAX_TABLE_COLUMNS,
          tableCells: MAX_TABLE_CELLS,
          elements: MAX_ELEMENTS,
          text: MAX_PAGE_TEXT,
          timeMs: this.timeMs,
        },
        katex: KATEX_OPTIONS,
        shiki: SHIKI_OPTIONS,
      },
    });
    this.worker = worker;
    this.ready = false;
    const startTimer = setTimeout(
      () => this.stop({ ok: false, limit: "unavailable" }),
      START_TIMEOUT_MS,
    );
    worker.on("message", (message: { ready?: true; id?: number; verdict?: BudgetVerdict }) => {
      if (worker !== this.worker) return;
      if (message.ready) {
        clearTimeout(startTimer);
        this.ready = true;
      } else if (this.current && message.id === this.current.id) {
        clearTimeout(this.current.timer);
        this.current.done(message.verdict!);
        this.current = undefined;
      }
      if (!this.current && this.queue.length === 0) worker.unref();
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (worker !== this.worker) return;
      clearTimeout(startTimer);
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      if (!memory && !this.ready) console.error("The MDX budget worker failed to start:", error);
      this.stop({ ok: false, limit: memory ? "memory" : this.ready ? "failed" : "unavailable" });
    });
    worker.on("exit", () => {
      clearTimeout(startTimer);
      if (worker === this.worker) this.stop({ ok: false, limit: "unavailable" });
    });
    return worker;
  }

  /** Ends the worker; the running job (or, before start-up finished, every job) gets `verdict`. */
  private stop(verdict: BudgetVerdict): void {
    const worker = this.worker;
    const failed = this.ready ? [] : this.queue.splice(0);
    if (this.current) {
      clearTimeout(this.current.timer);
      failed.unshift(this.current);
    }
    this.worker = undefined;
    this.ready = false;
    this.current = undefined;
    void worker?.terminate();
    for (const job of failed) job.done(verdict);
    this.pump();
  }
}

type Cached = { verdict: BudgetVerdict; at: number };
const state = processGlobal("mdx-budget", () => ({
  // Two lanes: bodies editors send (previews, saves, imports) may keep theirs busy for seconds,
  // never the one that checks the pages readers are waiting for.
  reader: new BudgetWorker(),
  editor: new BudgetWorker(),
  verdicts: new Map<string, Cached>(),
  running: new Map<string, Promise<BudgetVerdict>>(),
}));

/**
 * Measures a body against the render budget in the worker thread (tables are first counted in the
 * text, which is enough to refuse most oversized ones). Verdicts are cached by a hash
 * of the body, and a body already being measured is not measured twice. `urgent`: a reader is
 * waiting for this page.
 */
export function checkBudget(
  source: string,
  format: PostFormat,
  options: { urgent?: boolean } = {},
): Promise<BudgetVerdict> {
  // Length, nesting and tables too wide or too long are found in the text at once, before the
  // costly parse (a body nested thousands deep would overflow the compiler's stack).
  if (source.length > MAX_MDX_LENGTH) return Promise.resolve({ ok: false, limit: "length" });
  const deep = deepLine(source, format === "mdx");
  if (deep !== undefined) return Promise.resolve({ ok: false, limit: "nesting", line: deep });
  const table = scanTables(source);
  if (table) return Promise.resolve(table);
  // `next build` renders the files on disk, no reader waits for it, and every save and import was
  // measured already: measuring each page again in the worker would double the build's compile
  // time. The text checks above still hold there; a running server measures everything.
  if (process.env.NEXT_PHASE === "phase-production-build") return Promise.resolve({ ok: true });
  const key = compiledKey(source, format);
  const cached = state.verdicts.get(key);
  if (
    cached &&
    (cached.verdict.ok ||
      cached.verdict.limit !== "time" ||
      Date.now() - cached.at < TIME_VERDICT_MS)
  )
    return Promise.resolve(cached.verdict);
  const lane = options.urgent ? state.reader : state.editor;
  const runKey = `${options.urgent ? "reader" : "editor"}:${key}`;
  const running = state.running.get(runKey);
  if (running) return running;
  const measured = lane.check(source, format).then((verdict) => {
    state.running.delete(runKey);
    if (verdict.ok || verdict.limit !== "unavailable") {
      state.verdicts.delete(key);
      state.verdicts.set(key, { verdict, at: Date.now() });
      // Oldest first: a Map keeps insertion order.
      if (state.verdicts.size > MAX_CACHED)
        state.verdicts.delete(state.verdicts.keys().next().value!);
    }
    return verdict;
  });
  state.running.set(runKey, measured);
  return measured;
}

/** The verdict in words a mentor understands, with the line of the table when there is one. */
export function budgetProblem(
  verdict: BudgetVerdict,
): { message: string; line?: number } | undefined {
  if (verdict.ok) return undefined;
  const found = verdict.found ?? 0;
  const message = {
    length: () => TOO_LONG,
    nesting: () => TOO_DEEP,
    tableColumns: () => tooManyColumns(found),
    tableCells: () => tooManyCells(found, verdict.rows ?? 0, verdict.columns ?? 0),
    elements: () => tooManyElements(found),
    text: () => tooMuchText(found),
    time: () => TOO_SLOW,
    memory: () => TOO_MUCH_MEMORY,
    failed: () => COULD_NOT_PROCESS,
    unavailable: () => CHECK_UNAVAILABLE,
  }[verdict.limit]();
  return verdict.line === undefined ? { message } : { message, line: verdict.line };
}

/**
 * Starts the reader's worker at server start (KaTeX, Shiki and WebAssembly take a second or two to
 * load), so the first page rendered on request does not pay for it.
 */
export function warmBudgetWorker(): void {
  void state.reader.check("# Ready", "md").catch(() => undefined);
}
