const collator = new Intl.Collator("en-US");

/**
 * Text order like PostgreSQL's default `en_US.UTF-8` collation (approximately: ICU rules instead of
 * glibc's), made total by falling back to code-point order.
 */
export function compareText(a: string, b: string): number {
  const result = collator.compare(a, b);
  if (result !== 0) return result;
  return a < b ? -1 : a > b ? 1 : 0;
}
