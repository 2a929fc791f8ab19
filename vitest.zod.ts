/**
 * The zod the tests run against. By default the pinned dev dependency; `STATECRAFT_TEST_ZOD`, the
 * folder of another zod 4 install, runs them against it instead (`pnpm test:zod-range` does so for
 * the lowest and the newest zod 4 the peer range allows).
 */
export function zodAlias(): { find: RegExp; replacement: string }[] {
  const folder = process.env.STATECRAFT_TEST_ZOD;
  return folder ? [{ find: /^zod$/, replacement: folder }] : [];
}
