import type { ProjectStatus, SyncEngineStatus } from "@kitsu-ayon/sync-core";
import { describe, expect, it } from "vitest";
import { emptyMetrics } from "../../../sync-core/src/engine/metrics.js";
import { prometheusText } from "../../src/service/prometheus.js";

const project = (name: string, overrides: Partial<ProjectStatus> = {}): ProjectStatus => ({
  kitsuProjectId: `kitsu-${name.length}`,
  name,
  ayonProject: "AyonProject",
  state: "ready",
  pending: 0,
  lastError: undefined,
  lastFullReconcileAt: undefined,
  lastSyncAt: undefined,
  ...overrides,
});

const status = (overrides: Partial<SyncEngineStatus> = {}): SyncEngineStatus => {
  const metrics = emptyMetrics();
  metrics.eventsIn = 120;
  metrics.eventsProcessed = 100;
  metrics.eventsIgnored = 7;
  metrics.eventsPending = 20;
  metrics.lagSeconds = 3.5;
  metrics.writes = { create: 4, update: 9, delete: 1, anatomy: 2, users: 3 };
  metrics.writeRequests = 6;
  metrics.errors = { kitsu: 2, ayon: 1 };
  metrics.retries = 5;
  metrics.deadLetters = 1;
  metrics.batches = 11;
  metrics.fullReconciles = 2;
  metrics.timings.batch = { count: 11, sumMs: 2750, maxMs: 900, lastMs: 120 };
  metrics.timings.eventToWrite = { count: 100, sumMs: 123_456, maxMs: 5000, lastMs: 800 };
  return {
    state: "running",
    connected: true,
    cursor: { after: "2024-05-01T10:00:05", ids: ["event-1"] },
    projects: [
      project("Alpha", { kitsuProjectId: "a1b2" }),
      project("Beta", { kitsuProjectId: "c3d4", state: "failed" }),
    ],
    missingProjects: [],
    outage: undefined,
    metrics,
    ...overrides,
  };
};

const up = { up: { kitsu: true, ayon: false } };

const LABEL_PAIR = String.raw`[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"`;
const SAMPLE = new RegExp(
  String.raw`^(kitsu_ayon_[a-z_]+)(\{${LABEL_PAIR}(?:,${LABEL_PAIR})*\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|NaN|[+-]Inf))$`,
);

/** The samples, as `name{labels}` → value. */
const samples = (text: string): Map<string, number> => {
  const found = new Map<string, number>();
  for (const line of text.trimEnd().split("\n")) {
    const match = SAMPLE.exec(line);
    if (match) found.set(`${match[1]}${match[2] ?? ""}`, Number(match[3]));
  }
  return found;
};

describe("prometheusText", () => {
  it("writes only HELP, TYPE and sample lines, each sample after its TYPE", () => {
    const text = prometheusText(status(), up);
    expect(text.endsWith("\n")).toBe(true);
    const types = new Map<string, string>();
    for (const line of text.trimEnd().split("\n")) {
      if (line.startsWith("# HELP ")) {
        expect(line).toMatch(/^# HELP kitsu_ayon_[a-z_]+ \S.*$/);
        continue;
      }
      if (line.startsWith("# TYPE ")) {
        const match = /^# TYPE (kitsu_ayon_[a-z_]+) (counter|gauge|summary)$/.exec(line);
        expect(match, line).not.toBeNull();
        const [, name, type] = match as RegExpExecArray;
        expect(types.has(name as string), `${name} declared twice`).toBe(false);
        types.set(name as string, type as string);
        continue;
      }
      const match = SAMPLE.exec(line);
      expect(match, `not a sample line: ${JSON.stringify(line)}`).not.toBeNull();
      const name = (match as RegExpExecArray)[1] as string;
      const family = types.has(name) ? name : name.replace(/_(sum|count)$/, "");
      expect(types.has(family), `${name} has no TYPE before it`).toBe(true);
      if (family !== name) expect(types.get(family)).toBe("summary");
    }
    expect(types.get("kitsu_ayon_events_in_total")).toBe("counter");
    expect(types.get("kitsu_ayon_events_pending")).toBe("gauge");
    expect(types.get("kitsu_ayon_batch_duration_seconds")).toBe("summary");
  });

  it("gives the counters and gauges their values", () => {
    const found = samples(prometheusText(status(), up));
    expect(
      Object.fromEntries([...found].filter(([name]) => !name.includes("{") && !/_(sum|count)$/.test(name))),
    ).toEqual({
      kitsu_ayon_events_in_total: 120,
      kitsu_ayon_events_processed_total: 100,
      kitsu_ayon_events_ignored_total: 7,
      kitsu_ayon_events_pending: 20,
      kitsu_ayon_lag_seconds: 3.5,
      kitsu_ayon_write_requests_total: 6,
      kitsu_ayon_retries_total: 5,
      kitsu_ayon_dead_letters: 1,
      kitsu_ayon_batches_total: 11,
      kitsu_ayon_full_reconciles_total: 2,
      kitsu_ayon_kitsu_socket_connected: 1,
    });
  });

  it("writes one writes_total line per kind", () => {
    const text = prometheusText(status(), up);
    const lines = text.split("\n").filter((line) => line.startsWith("kitsu_ayon_writes_total"));
    expect(lines).toEqual([
      'kitsu_ayon_writes_total{kind="create"} 4',
      'kitsu_ayon_writes_total{kind="update"} 9',
      'kitsu_ayon_writes_total{kind="delete"} 1',
      'kitsu_ayon_writes_total{kind="anatomy"} 2',
      'kitsu_ayon_writes_total{kind="users"} 3',
    ]);
  });

  it("labels errors_total by kind, escaping the label", () => {
    const base = status();
    const text = prometheusText(
      status({ metrics: { ...base.metrics, errors: { kitsu: 2, ayon: 1, 'odd "kind"\\': 4 } } }),
      up,
    );
    const lines = text.split("\n").filter((line) => line.startsWith("kitsu_ayon_errors_total"));
    expect(lines).toEqual([
      'kitsu_ayon_errors_total{kind="kitsu"} 2',
      'kitsu_ayon_errors_total{kind="ayon"} 1',
      'kitsu_ayon_errors_total{kind="odd \\"kind\\"\\\\"} 4',
    ]);
  });

  it("keeps the errors_total family, without samples, when there was no error", () => {
    const base = status();
    const text = prometheusText(status({ metrics: { ...base.metrics, errors: {} } }), up);
    expect(text).toContain("# TYPE kitsu_ayon_errors_total counter\n# HELP kitsu_ayon_retries_total");
    expect(text).not.toMatch(/^kitsu_ayon_errors_total/m);
  });

  it("writes the summaries' _sum in seconds and their _count", () => {
    const found = samples(prometheusText(status(), up));
    expect(found.get("kitsu_ayon_batch_duration_seconds_sum")).toBe(2.75);
    expect(found.get("kitsu_ayon_batch_duration_seconds_count")).toBe(11);
    expect(found.get("kitsu_ayon_event_to_write_seconds_sum")).toBe(123.456);
    expect(found.get("kitsu_ayon_event_to_write_seconds_count")).toBe(100);
    expect(found.get("kitsu_ayon_full_reconcile_duration_seconds_sum")).toBe(0);
    expect(found.get("kitsu_ayon_full_reconcile_duration_seconds_count")).toBe(0);
  });

  it("writes one project_state line per project with its id and state", () => {
    const text = prometheusText(status(), up);
    expect(text.split("\n").filter((line) => line.startsWith("kitsu_ayon_project_state"))).toEqual([
      'kitsu_ayon_project_state{project="Alpha",kitsu_id="a1b2",state="ready"} 1',
      'kitsu_ayon_project_state{project="Beta",kitsu_id="c3d4",state="failed"} 1',
    ]);
  });

  it("escapes quotes, backslashes and newlines in project names", () => {
    const text = prometheusText(
      status({ projects: [project('He said "hi"\\ then\nleft', { kitsuProjectId: "p1" })] }),
      up,
    );
    const lines = text.split("\n").filter((line) => line.startsWith("kitsu_ayon_project_state"));
    expect(lines).toEqual([
      'kitsu_ayon_project_state{project="He said \\"hi\\"\\\\ then\\nleft",kitsu_id="p1",state="ready"} 1',
    ]);
    // Still one sample per line.
    for (const line of text.trimEnd().split("\n")) expect(line).toMatch(/^# (HELP|TYPE) |^kitsu_ayon_/);
    expect(samples(text).size).toBe(
      text
        .trimEnd()
        .split("\n")
        .filter((line) => !line.startsWith("#")).length,
    );
  });

  it("writes up 1 or 0 per server, and whether the Kitsu socket is connected", () => {
    const down = samples(prometheusText(status({ connected: false }), { up: { kitsu: false, ayon: true } }));
    expect(down.get('kitsu_ayon_up{server="kitsu"}')).toBe(0);
    expect(down.get('kitsu_ayon_up{server="ayon"}')).toBe(1);
    expect(down.get("kitsu_ayon_kitsu_socket_connected")).toBe(0);
    const text = prometheusText(status(), { up: { kitsu: true, ayon: false } });
    expect(text).toContain('kitsu_ayon_up{server="kitsu"} 1\nkitsu_ayon_up{server="ayon"} 0\n');
  });

  it("writes 0 for a value that is not finite", () => {
    const base = status();
    const found = samples(
      prometheusText(status({ metrics: { ...base.metrics, lagSeconds: Number.NaN, eventsPending: Infinity } }), up),
    );
    expect(found.get("kitsu_ayon_lag_seconds")).toBe(0);
    expect(found.get("kitsu_ayon_events_pending")).toBe(0);
  });

  it("writes a fresh engine's status with no project", () => {
    const text = prometheusText(
      {
        state: "idle",
        connected: false,
        cursor: undefined,
        projects: [],
        missingProjects: [],
        outage: undefined,
        metrics: emptyMetrics(),
      },
      { up: { kitsu: false, ayon: false } },
    );
    const found = samples(text);
    expect(found.get("kitsu_ayon_events_in_total")).toBe(0);
    expect([...found.keys()].some((name) => name.startsWith("kitsu_ayon_project_state"))).toBe(false);
    expect(text).toContain("# TYPE kitsu_ayon_project_state gauge");
  });
});
