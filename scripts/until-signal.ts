/** Keeps a dev server up until Ctrl-C (or SIGTERM/SIGHUP), then runs `stop` once and exits 0. */
export function runUntilSignal(stop: () => Promise<void>, log: (message: string) => void, what: string): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${what}`);
    await stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));
  setInterval(() => {}, 1 << 30);
}

/** `export NAME=value ...` lines a shell takes as they are (values single-quoted). */
export function exportLines(variables: Record<string, string>): string {
  const quote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`);
  return Object.entries(variables)
    .map(([name, value]) => `export ${name}=${quote(value)}`)
    .join("\n");
}
