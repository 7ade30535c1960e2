import type { SyncEngineStatus } from "@kitsu-ayon/sync-core";

const label = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

/** The engine's status as Prometheus text exposition (version 0.0.4). */
export function prometheusText(status: SyncEngineStatus, extra: { up: { kitsu: boolean; ayon: boolean } }): string {
  const lines: string[] = [];
  const metric = (name: string, type: "counter" | "gauge" | "summary", help: string, samples: [string, number][]) => {
    lines.push(`# HELP kitsu_ayon_${name} ${help}`, `# TYPE kitsu_ayon_${name} ${type}`);
    for (const [labels, value] of samples)
      lines.push(`kitsu_ayon_${name}${labels} ${Number.isFinite(value) ? value : 0}`);
  };
  const m = status.metrics;
  metric("events_in_total", "counter", "Events read from the Kitsu log.", [["", m.eventsIn]]);
  metric("events_processed_total", "counter", "Events whose effect is in AYON (or that needed none).", [
    ["", m.eventsProcessed],
  ]);
  metric("events_ignored_total", "counter", "Events of projects not synced, or that no handler takes.", [
    ["", m.eventsIgnored],
  ]);
  metric("events_pending", "gauge", "Events read and not processed yet.", [["", m.eventsPending]]);
  metric("lag_seconds", "gauge", "Now minus the time of the oldest unprocessed event.", [["", m.lagSeconds]]);
  metric(
    "writes_total",
    "counter",
    "AYON writes applied, by kind.",
    Object.entries(m.writes).map(([kind, value]) => [`{kind="${label(kind)}"}`, value]),
  );
  metric("write_requests_total", "counter", "AYON batch-operation requests.", [["", m.writeRequests]]);
  metric(
    "errors_total",
    "counter",
    "Errors, by kind.",
    Object.entries(m.errors).map(([kind, value]) => [`{kind="${label(kind)}"}`, value]),
  );
  metric("retries_total", "counter", "Event attempts scheduled again after a failure.", [["", m.retries]]);
  metric("dead_letters", "gauge", "Events parked in the dead-letter list.", [["", m.deadLetters]]);
  metric("batches_total", "counter", "Batches of coalesced events synced.", [["", m.batches]]);
  metric("full_reconciles_total", "counter", "Whole-project reconciles.", [["", m.fullReconciles]]);
  // Summaries: _sum in seconds and _count.
  for (const [name, help, t] of [
    ["batch_duration_seconds", "One batch: Kitsu reads, plan and AYON writes.", m.timings.batch],
    ["event_to_write_seconds", "From an event's time in Kitsu to its effect in AYON.", m.timings.eventToWrite],
    ["full_reconcile_duration_seconds", "One full reconcile.", m.timings.fullReconcile],
  ] as const) {
    lines.push(`# HELP kitsu_ayon_${name} ${help}`, `# TYPE kitsu_ayon_${name} summary`);
    lines.push(`kitsu_ayon_${name}_sum ${t.sumMs / 1000}`, `kitsu_ayon_${name}_count ${t.count}`);
  }
  metric(
    "project_state",
    "gauge",
    "1 for each synced project's current state.",
    status.projects.map((project) => [
      `{project="${label(project.name)}",kitsu_id="${label(project.kitsuProjectId)}",state="${label(project.state)}"}`,
      1,
    ]),
  );
  metric("up", "gauge", "1 when the server answered the last health check.", [
    ['{server="kitsu"}', extra.up.kitsu ? 1 : 0],
    ['{server="ayon"}', extra.up.ayon ? 1 : 0],
  ]);
  metric("kitsu_socket_connected", "gauge", "1 while the Kitsu event socket is up.", [["", status.connected ? 1 : 0]]);
  return `${lines.join("\n")}\n`;
}
