// Adds up the JSON results that every workspace's test run wrote, and prints one closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.test-results';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  console.log(`${file.replace(/\.json$/, '')}: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// In CI nothing may be skipped; on a machine without Redis the multi-instance tests skip, and say so above.
process.exit(failed > 0 || (process.env.CI && skipped > 0) ? 1 : 0);
