/**
 * Says once when a shared store of rate limits stops answering and once when it answers again,
 * however many requests fall back meanwhile: a log line per request would bury the log in an outage.
 */
export type OutageLog = { failed(): void; recovered(): void };

export function outageLog(storeName: string): OutageLog {
  let down = false;
  return {
    failed() {
      if (down) return;
      down = true;
      console.warn(`[限流] ${storeName} did not answer: rate limits are counted in this process's memory until it does`);
    },
    recovered() {
      if (!down) return;
      down = false;
      console.warn(`[限流] ${storeName} answers again: rate limits are shared again`);
    },
  };
}
