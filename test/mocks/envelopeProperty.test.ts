/**
 * A fast-check property over the whole envelope (issue 7): random bodies — any JSON, any text,
 * valid envelopes with random fields and inputs — always get a JSON envelope, never a 5xx or an
 * internal error name or a raw `<` `>` `"` `'` `&` in err_msg, and never change the stored state unless accepted.
 * Runs: MOCK_ENVELOPE_RUNS (default 300).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import { TRANSACTIONS } from '../../mocks/transactions/registry.ts';
import { writeStateSnapshot } from '../../mocks/state/stateSnapshot.ts';
import { CALL_SERVICE, PlatformClient } from './support/platformClient.ts';
import { steppingClock } from './support/mockEnv.ts';

const RUNS = Number(process.env.MOCK_ENVELOPE_RUNS ?? 300);
const INTERNAL = /RangeError|TypeError|SyntaxError|ReferenceError|InternalError|PlatformFailure|ZodError|\bat \S+\.ts:/;

/** The business state (messages, their byte count and the id serial excluded: they record refusals too). */
const businessState = (pf: MockPlatform): string =>
  writeStateSnapshot({ ...pf.state, messages: new Map(), messageBytes: 0, serial: 0 }, '');

const NODES = ['data', 'signIn', 'signOut', 'mdtrtinfo', 'diseinfo', 'feedetail', 'druginfo', 'drugdetail', 'dscginfo', 'medinsinfo', 'fsUploadIn', 'fsDownloadIn'];
const FIELDS = ['infno', 'msgid', 'mdtrtarea_admvs', 'insuplc_admdvs', 'recer_sys_code', 'infver', 'opter_type', 'opter', 'opter_name', 'inf_time', 'fixmedins_code', 'fixmedins_name', 'sign_no', 'input', 'enc_type'];

describe('MockPlatform.dispatch', () => {
  it(`answers every random body with an envelope, no 5xx, no internal error name, no state change unless accepted (${RUNS} runs)`, async () => {
    const pf = new MockPlatform({ seed: 4, now: steppingClock() });
    const client = new PlatformClient('http://prop.mock');
    const signIn = await pf.dispatch({ method: 'POST', url: CALL_SERVICE, header: () => null, body: JSON.stringify(client.envelope('9001', { signIn: { opter_no: 'OP001', ip: '127.0.0.1' } })) });
    const signNo = JSON.parse((signIn as { body: string }).body).output.signinoutb.sign_no as string;
    const infnos = [...TRANSACTIONS.keys()];

    const envelopeBody = fc.record({
      infno: fc.constantFrom(...infnos),
      input: fc.dictionary(fc.constantFrom(...NODES), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 3 }),
      overrides: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), { maxKeys: 3 }),
    }).map(({ infno, input, overrides }) => JSON.stringify({ ...client.envelope(infno, input, { signNo, insuplc: '420106' }), ...overrides }));
    const body = fc.oneof(
      envelopeBody,
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constantFrom('[]', 'null', '"x"', '{', '{"infno":', `${'['.repeat(50)}${']'.repeat(50)}`),
    );
    const header = fc.constantFrom<string | null>(null, null, null, 'bogus', 'latency=abc');
    const path = fc.constantFrom(CALL_SERVICE, '/fsi/api/fsiPsnInfoService/queryPsnInfo', '/fsi/api/outpatientSettleService/saveSettletmentV2');

    await fc.assert(fc.asyncProperty(body, header, path, async (text, fault, url) => {
      const before = businessState(pf);
      const reply = await pf.dispatch({ method: 'POST', url, header: (n) => (n === 'x-mock-fault' ? fault : null), body: text });
      expect(reply?.kind).toBe('reply');
      if (!reply || reply.kind !== 'reply') return;
      expect(reply.status).toBeLessThan(500);
      if (typeof reply.body !== 'string') return; // 9102 zip bytes: an accepted download
      expect(reply.body).not.toMatch(INTERNAL);
      const env = JSON.parse(reply.body) as { infcode: unknown; err_msg: unknown };
      expect([0, -1]).toContain(env.infcode);
      if (env.infcode !== 0) {
        expect(typeof env.err_msg).toBe('string');
        // Client values are never echoed raw (a browser SDK shows err_msg).
        expect(env.err_msg).not.toMatch(/[<>"'&]/);
        expect(businessState(pf)).toBe(before);
      }
    }), { numRuns: RUNS });
  }, 120_000);
});
