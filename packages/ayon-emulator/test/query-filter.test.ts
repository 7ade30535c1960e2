import { describe, expect, it } from "vitest";
import { compileFilter } from "../src/graphql/filter/compile.js";
import { FilterError } from "../src/graphql/filter/filter-error.js";
import type { FilterTable } from "../src/graphql/filter/filter-table.js";
import { parseQueryFilter, QueryFilterInvalid } from "../src/graphql/filter/query-filter.js";

interface Row {
  id: string;
  name: string;
  label: string | null;
  active: boolean;
  tags: string[];
  data: Record<string, unknown>;
}

const TABLE: FilterTable<Row> = {
  name: "folders",
  whitelist: ["id", "name", "label", "active", "tags", "data", "parent_id"],
  columns: {
    id: { kind: "uuid", get: (row) => row.id },
    name: { kind: "text", get: (row) => row.name },
    label: { kind: "text", get: (row) => row.label },
    active: { kind: "boolean", get: (row) => row.active },
    tags: { kind: "text[]", get: (row) => row.tags },
    data: { kind: "jsonb", get: (row) => row.data },
    parent_id: { kind: "uuid", get: () => null },
  },
};

const row = (name: string, data: Record<string, unknown>, extra: Partial<Row> = {}): Row => ({
  id: `${name.padEnd(32, "0")}`.replace(/[^0-9a-f]/g, "0").slice(0, 32),
  name,
  label: null,
  active: true,
  tags: [],
  data,
  ...extra,
});

const ROWS: Row[] = [
  row("sh010", { kitsuId: "k1", frame: 1001, flag: true }, { tags: ["hero", "fx"], label: "SH010" }),
  row("sh020", { kitsuId: "k2", frame: "1001", flag: false }, { tags: ["fx"], active: false }),
  row("sh030", { kitsuId: null }, { tags: [] }),
  row("sh_40", {}, { label: "Shot 40" }),
];

/** Names of the rows a raw QueryFilter selects. */
const select = (raw: unknown) => {
  const predicate = compileFilter(parseQueryFilter(raw), TABLE);
  return ROWS.filter((item) => (predicate ? predicate(item) : true)).map((item) => item.name);
};
const condition = (key: string, operator: string, value?: unknown) => ({ conditions: [{ key, operator, value }] });

describe("QueryFilter on a jsonb key", () => {
  it("compares type-strictly: the string '1001' is not the number 1001", () => {
    expect(select(condition("data.frame", "eq", 1001))).toEqual(["sh010"]);
    expect(select(condition("data.frame", "eq", "1001"))).toEqual(["sh020"]);
  });

  it("treats a missing key as NULL but a JSON null as a value", () => {
    expect(select(condition("data.kitsuId", "notnull"))).toEqual(["sh010", "sh020", "sh030"]);
    expect(select(condition("data/kitsuId", "isnull"))).toEqual(["sh_40"]);
  });

  it("matches `in` against the quoted text form, and never matches missing keys with ne or notin", () => {
    expect(select(condition("data.kitsuId", "in", ["k2", "k1"]))).toEqual(["sh010", "sh020"]);
    expect(select(condition("data.kitsuId", "notin", ["k1"]))).toEqual(["sh020", "sh030"]);
    expect(select(condition("data.kitsuId", "ne", "k1"))).toEqual(["sh020", "sh030"]);
  });

  it("reads booleans with coalesce(col, false): a missing key is false, a string fails", () => {
    expect(select(condition("data.flag", "eq", true))).toEqual(["sh010"]);
    expect(() => select(condition("data.kitsuId", "eq", false))).toThrow(/cannot cast jsonb string to type boolean/);
  });

  it("casts for integer lists, and refuses what PostgreSQL refuses", () => {
    expect(() => select(condition("data.frame", "in", [1001]))).toThrow(/cannot cast jsonb string to type integer/);
    expect(() => select(condition("data.frame", "in", [1.5, 2.5]))).toThrow('type "number" does not exist');
    expect(() => select(condition("data.kitsuId", "in", []))).toThrow(/empty array/);
  });
});

describe("QueryFilter on plain columns", () => {
  it("matches like case-insensitively, with `_` as a wildcard", () => {
    expect(select(condition("name", "like", "SH_4%"))).toEqual(["sh_40"]);
    expect(select(condition("name", "like", "s_0%"))).toEqual(["sh010", "sh020", "sh030"]);
  });

  it("tests array columns with includes and the list operators", () => {
    expect(select(condition("tags", "includes", "hero"))).toEqual(["sh010"]);
    expect(select(condition("tags", "includesany", ["hero", "fx"]))).toEqual(["sh010", "sh020"]);
    expect(select(condition("tags", "excludesall", ["hero", "fx"]))).toEqual(["sh020", "sh030", "sh_40"]);
    expect(select(condition("tags", "eq", []))).toEqual(["sh030", "sh_40"]);
  });

  it("fails on `active eq true` as AYON's SQL does (COALESCE of boolean and jsonb), but not on ne", () => {
    expect(() => select(condition("active", "eq", true))).toThrow(/COALESCE types boolean and jsonb/);
    expect(select(condition("active", "ne", false))).toEqual(["sh010", "sh030", "sh_40"]);
  });

  it("gives NULL columns no match with comparison operators", () => {
    expect(select(condition("label", "ne", "SH010"))).toEqual(["sh_40"]);
    expect(select(condition("label", "isnull"))).toEqual(["sh020", "sh030"]);
  });

  it("joins nested filters with and/or", () => {
    const filter = {
      operator: "or",
      conditions: [
        { key: "name", value: "sh030" },
        {
          operator: "and",
          conditions: [
            condition("tags", "includes", "fx").conditions[0],
            { key: "active", operator: "ne", value: true },
          ],
        },
      ],
    };
    expect(select(filter)).toEqual(["sh020", "sh030"]);
  });

  it("checks keys against the whitelist, path syntax and entity ids", () => {
    expect(() => select(condition("folderType", "eq", "Shot"))).toThrow("Invalid key: folder_type");
    expect(() => select(condition("data.kitsu-id", "eq", "x"))).toThrow("Invalid path element detected");
    expect(() => select(condition("data", "eq", "x"))).toThrow("Invalid path: ['data']");
    expect(() => select(condition("parentId", "eq", "root"))).toThrow("Invalid entity ID root");
    expect(() => select(condition("name", "eq", 5))).toThrow(FilterError);
  });
});

describe("QueryFilter validation (pydantic v1 semantics)", () => {
  it("normalises operator spelling", () => {
    expect(select(condition("data.kitsuId", "NOT_IN", ["k1"]))).toEqual(["sh020", "sh030"]);
    expect(select(condition("tags", "Includes-Any", ["hero"]))).toEqual(["sh010"]);
  });

  it("retries an invalid condition as a nested filter: without an operator it is empty and matches everything", () => {
    const all = ROWS.map((item) => item.name);
    expect(select({ conditions: [{ key: "data.kitsuId", value: null }] })).toEqual(all);
    expect(select({ conditions: [{ key: "name", value: ["sh010"], operator: "and" }] })).toEqual(all);
    expect(select({ conditions: [] })).toEqual(all);
  });

  it("rejects an invalid condition with an operator, which is no valid nested filter either", () => {
    expect(() => select(condition("name", "in", "sh010"))).toThrow(QueryFilterInvalid);
    expect(() => select(condition("name", "contains", "sh"))).toThrow(QueryFilterInvalid);
    expect(() => select(condition("data.kitsuId", "eq", null))).toThrow(QueryFilterInvalid);
  });

  it("rejects a bad operator on the filter itself", () => {
    expect(() => parseQueryFilter({ conditions: [], operator: "xor" })).toThrow(QueryFilterInvalid);
    expect(() => parseQueryFilter({ conditions: "name" })).toThrow(/value is not a valid list/);
  });
});
