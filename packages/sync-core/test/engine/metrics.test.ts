import { describe, expect, it } from "vitest";
import { emptyMetrics, recordReport } from "../../src/engine/metrics.js";
import type { ReconcileReport } from "../../src/reconcile/reconcile-project.js";

const report = (warnings: ReconcileReport["warnings"]): ReconcileReport =>
  ({
    kitsuProjectId: "p1",
    ayonProject: "show",
    createdProject: false,
    dryRun: false,
    scope: "partial",
    anatomy: { writes: 0 },
    users: { writes: 0 },
    plan: { actions: [], warnings: [] },
    writes: 0,
    requests: 0,
    failures: [],
    excluded: 0,
    warnings,
    durationMs: 1,
  }) as unknown as ReconcileReport;

describe("recordReport", () => {
  it("logs each mapping warning (a name taken by a sibling, an empty slug) once, not at every reconcile", () => {
    const lines: { message: string; fields: Record<string, unknown> | undefined }[] = [];
    const logger = {
      debug() {},
      info() {},
      error() {},
      warn: (message: string, fields?: Record<string, unknown>) => lines.push({ message, fields }),
    };
    const warned = new Set<string>();
    const collision = { kitsuId: "s1", message: 'name "SH010" is already used by a sibling; named "SH010_2"' };
    const empty = { kitsuId: "s2", message: 'name "***" has no character AYON accepts in a name; named "unnamed"' };
    recordReport(emptyMetrics(), report([collision, empty]), 0, logger, warned);
    recordReport(emptyMetrics(), report([collision]), 0, logger, warned);
    expect(lines).toEqual([
      {
        message: "kitsu-ayon: mapped differently from Kitsu",
        fields: { kitsuProjectId: "p1", kitsuId: "s1", warning: collision.message },
      },
      {
        message: "kitsu-ayon: mapped differently from Kitsu",
        fields: { kitsuProjectId: "p1", kitsuId: "s2", warning: empty.message },
      },
    ]);
  });
});
