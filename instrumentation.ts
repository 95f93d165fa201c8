/** On server start, arm the timer that makes scheduled posts public at their time. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { armScheduler } = await import("./lib/publishing/scheduler");
  try {
    armScheduler();
  } catch (error) {
    console.error("[scheduler] not started:", error);
  }
}
