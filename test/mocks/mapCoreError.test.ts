import { describe, expect, it } from 'vitest';
import { CoreError } from '../../core/index.ts';
import { mapCoreError } from '../../mocks/settlement/mapVerdict.ts';

describe('mapCoreError', () => {
  it.each([
    ['INVALID_AMOUNT', 'MOCK-E004'],
    ['POLICY_MISMATCH', 'MOCK-E004'],
    ['POLICY_INCOMPLETE', 'MOCK-E032'],
  ] as const)('maps %s to %s, naming the code and path only', (code, mock) => {
    const failure = mapCoreError(new CoreError(code, 'detail that is not echoed', 'policy.insutype'));
    expect(failure.message).toContain(mock);
    expect(failure.message).toContain(`${code} policy.insutype`);
  });

  it('hides anything that is not a CoreError behind MOCK-E099 and its class name', () => {
    expect(mapCoreError(new RangeError('secret')).message).not.toContain('secret');
  });
});
