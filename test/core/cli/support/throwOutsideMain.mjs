// Test preload: reading the case file also throws from a later turn of the event loop, outside
// main's try (bin.ts's uncaughtException handler: exit 70, one line, no stack).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const readFile = fs.promises.readFile;
fs.promises.readFile = function (...args) {
  // Only for the case file: tsx reads sources and configs through this function too.
  if (String(args[0]).endsWith('example-4.json')) {
    setImmediate(() => {
      throw new RangeError('thrown outside main by the test');
    });
  }
  return readFile.apply(this, args);
};
syncBuiltinESMExports();
