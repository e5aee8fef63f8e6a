/**
 * What the run's global setup (tempRoot.ts) tells the test workers, through the environment they inherit.
 */

/** The run's pre-migrated database, which makeCore copies into each new data folder. */
export const TEMPLATE_ENV = 'BIZOPS_TEST_TEMPLATE_DB';

/** A folder on a real disk for tests that need one (see diskTempDir); the run's other folders may be in memory. */
export const DISK_TMP_ENV = 'BIZOPS_TEST_DISK_TMP';
