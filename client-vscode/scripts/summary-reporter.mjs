// A node:test reporter that prints one last line, "N passed, N failed", as every suite in tests/run.sh does.
export default async function* summary(events) {
  let passed = 0;
  let failed = 0;
  for await (const event of events) {
    const isTest = event.data?.details?.type !== 'suite';
    if (event.type === 'test:pass' && isTest) {
      passed++;
    } else if (event.type === 'test:fail' && isTest) {
      failed++;
    }
  }
  yield `${passed} passed, ${failed} failed\n`;
}
