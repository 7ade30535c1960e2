/**
 * The Zou release the local Kitsu harness installs from PyPI. This is the one
 * place the version is recorded: the harness, the dev CLI and CI all read it.
 */
export const ZOU_VERSION = "1.0.97";

/** Python versions Zou supports (`python_requires` in Zou's setup.py). */
export const ZOU_PYTHON_RANGE = { min: [3, 10], maxExclusive: [3, 15] } as const;
