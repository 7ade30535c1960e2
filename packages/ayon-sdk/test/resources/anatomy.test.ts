import { describe, expect, it } from "vitest";
import { type AnatomyItem, mergeAnatomyItems } from "../../src/resources/anatomy.js";

const existing: AnatomyItem[] = [
  { name: "Not ready", shortName: "NRD", color: "#434a56", state: "not_started" },
  { name: "In progress", shortName: "PRG", color: "#3498db", state: "in_progress" },
  { name: "Approved", shortName: "APP", color: "#00f0b4", state: "done" },
];

describe("mergeAnatomyItems", () => {
  it.each([
    {
      case: "adds a new item at the end and keeps every existing one in place",
      wanted: [{ name: "Retake", shortName: "RTK", state: "in_progress" }],
      names: ["Not ready", "In progress", "Approved", "Retake"],
      added: ["Retake"],
      updated: [],
    },
    {
      case: "updates an item matched case-insensitively, keeping its spelling",
      wanted: [{ name: "in progress", color: "#ff0000" }],
      names: ["Not ready", "In progress", "Approved"],
      added: [],
      updated: ["In progress"],
    },
    {
      case: "reports nothing when the wanted values are already there",
      wanted: [{ name: "Approved", shortName: "APP" }],
      names: ["Not ready", "In progress", "Approved"],
      added: [],
      updated: [],
    },
  ])("$case", ({ wanted, names, added, updated }) => {
    const result = mergeAnatomyItems(existing, wanted);
    expect(result.items.map((item) => item.name)).toEqual(names);
    expect(result.added).toEqual(added);
    expect(result.updated).toEqual(updated);
    expect(result.changed).toBe(added.length + updated.length > 0);
  });

  it("keeps the fields an update does not set", () => {
    const result = mergeAnatomyItems(existing, [{ name: "Approved", color: "#111111" }]);
    expect(result.items[2]).toEqual({ name: "Approved", shortName: "APP", color: "#111111", state: "done" });
  });

  it("renames in place through originalName, sending AYON's original_name", () => {
    const result = mergeAnatomyItems(existing, [{ name: "WIP", originalName: "In progress" }]);
    expect(result.items[1]).toEqual({
      name: "WIP",
      shortName: "PRG",
      color: "#3498db",
      state: "in_progress",
      original_name: "In progress",
    });
    expect(result.renamed).toEqual([{ from: "In progress", to: "WIP" }]);
    expect(result.items).toHaveLength(3);
  });

  it("never mutates the list it was given", () => {
    const copy = structuredClone(existing);
    mergeAnatomyItems(existing, [{ name: "Approved", color: "#000000" }, { name: "New" }]);
    expect(existing).toEqual(copy);
  });
});
