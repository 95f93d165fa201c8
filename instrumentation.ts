/**
 * On server start: remove temporary files a crash may have left half-written (they are never read
 * as content), arm the timer that makes scheduled posts public at their time, and start the MDX
 * budget worker so the first page rendered on request does not wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { cleanUpAfterCrash } = await import("./lib/data/startup");
  const { armScheduler } = await import("./lib/publishing/scheduler");
  const { warmBudgetWorker } = await import("./lib/mdx/budget");
  try {
    await cleanUpAfterCrash();
    armScheduler();
    warmBudgetWorker();
  } catch (error) {
    console.error("[startup]", error);
  }
}
