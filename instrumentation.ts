/**
 * On server start: remove temporary files a crash may have left half-written (they are never read
 * as content), then arm the timer that makes scheduled posts public at their time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { cleanUpAfterCrash } = await import("./lib/data/startup");
  const { armScheduler } = await import("./lib/publishing/scheduler");
  try {
    await cleanUpAfterCrash();
    armScheduler();
  } catch (error) {
    console.error("[startup]", error);
  }
}
