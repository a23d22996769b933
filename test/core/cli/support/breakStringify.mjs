// Test preload: JSON.stringify throws on the settle output, so `yibao settle` meets an error that
// is not a CoreError inside main (exit 70, one line, no stack).
const original = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value && typeof value === 'object' && 'verdict' in value) throw new TypeError('stringify broken by the test');
  return original.call(this, value, ...rest);
};
