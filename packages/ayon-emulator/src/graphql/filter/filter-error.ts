/**
 * A filter that AYON rejects: pydantic validation, `build_filter` (ayon_server/sqlfilter.py), or
 * PostgreSQL refusing the SQL it produced. GraphQL reports it as an error, enroll as a 500.
 */
export class FilterError extends Error {}
