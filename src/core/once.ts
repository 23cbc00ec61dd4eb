// An async result made once and shared by every caller meanwhile. A failure is not kept: the next
// call tries again (the worker's packaged data files, its warm-up), so a passing fault costs one
// attempt, not the worker's whole life.

export function retriedOnce<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= make().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
