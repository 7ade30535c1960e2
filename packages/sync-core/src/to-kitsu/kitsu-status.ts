import type { KitsuSchemas } from "@kitsu-ayon/kitsu-sdk";

type KitsuTaskStatus = KitsuSchemas["TaskStatus"];

/** An AYON status, as the project's anatomy lists it. */
export interface AyonStatusRef {
  name: string;
  shortName?: string | null;
}

const fold = (text: string | null | undefined) => (text ?? "").trim().toLowerCase();

/**
 * The Kitsu status an AYON status stands for: the one of the same name (AYON's statuses are made from
 * Kitsu's names, case folded), else the one of the same short name; an active status before an
 * archived one. Undefined when none matches: the caller reports it, never picks another.
 */
export function kitsuStatusFor(
  status: AyonStatusRef,
  statuses: readonly KitsuTaskStatus[],
): KitsuTaskStatus | undefined {
  const ordered = [...statuses].sort((a, b) => Number(Boolean(a.archived)) - Number(Boolean(b.archived)));
  const name = fold(status.name);
  const short = fold(status.shortName);
  return (
    ordered.find((each) => fold(each.name) === name) ??
    (short ? ordered.find((each) => fold(each.short_name) === short) : undefined)
  );
}
