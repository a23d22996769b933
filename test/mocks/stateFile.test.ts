/**
 * `startMockServer({ stateFile })` / `npm run mock -- --state FILE`: the store survives a restart,
 * writes are atomic (a `kill -9` at any moment leaves the old state or the new one), and a file of
 * another version is refused whole. Kill runs: MOCK_KILL_RUNS (default 3).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mocks/server.ts';
import { StateSnapshotError, parseStateSnapshot, writeStateSnapshot, STATE_VERSION } from '../../mocks/state/stateSnapshot.ts';
import { loadStateFile } from '../../mocks/state/stateFile.ts';
import { MockPlatform } from '../../mocks/platform/MockPlatform.ts';
import { prepareOutpatient } from './support/flows.ts';
import { HOSPITAL, PlatformClient } from './support/platformClient.ts';

const dir = mkdtempSync(join(tmpdir(), 'yibao-mock-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ref = (platform: MockPlatform, key: string) => {
  const p = platform.state.personas.find((x) => x.key === key)!;
  return { psn_no: p.psn_no, insutype: p.insuinfo[0]!.insutype, insuplc: p.insuinfo[0]!.insuplc_admdvs, certno: p.certno };
};

describe('writeStateSnapshot', () => {
  it('round-trips a fresh store: decimals, maps and personas come back equal', () => {
    const platform = new MockPlatform({ seed: 5 });
    const text = writeStateSnapshot(platform.state, '2026-01-01T00:00:00Z');
    const back = parseStateSnapshot(text);
    expect(writeStateSnapshot(back, '2026-01-01T00:00:00Z')).toBe(text);
    expect(back.byPsnNo.get(platform.state.personas[0]!.psn_no)).toBe(back.personas[0]);
    const f = back.personas.find((p) => p.filings.length)!.filings[0]!;
    expect(back.filings.get(f.filing_id)).toBe(f);
  });
});

describe('parseStateSnapshot', () => {
  const good = () => JSON.parse(writeStateSnapshot(new MockPlatform().state, 'x')) as Record<string, unknown>;

  it('refuses a snapshot of another version (STATE_VERSION), naming both versions', () => {
    const text = JSON.stringify({ ...good(), version: STATE_VERSION + 1 });
    expect(() => parseStateSnapshot(text)).toThrow(StateSnapshotError);
    expect(() => parseStateSnapshot(text)).toThrow(`状态文件版本 ${STATE_VERSION + 1}，本模拟平台只读版本 ${STATE_VERSION}`);
  });

  it('refuses a file of another format, a torn file and one without a part (nothing half-loaded)', () => {
    expect(() => parseStateSnapshot(JSON.stringify({ format: 'other', version: STATE_VERSION }))).toThrow(/format/);
    const text = writeStateSnapshot(new MockPlatform().state, 'x');
    expect(() => parseStateSnapshot(text.slice(0, text.length / 2))).toThrow(expect.objectContaining({ code: 'STATE_CORRUPT' }));
    const { state, ...rest } = good() as { state: Record<string, unknown> };
    const { ledger: _l, ...partial } = state;
    expect(() => parseStateSnapshot(JSON.stringify({ ...rest, state: partial }))).toThrow(/ledger/);
  });
});

describe('loadStateFile', () => {
  it('reads the last complete file and removes a torn FILE.tmp left by a kill during a write', () => {
    const file = join(dir, 'torn.json');
    const text = writeStateSnapshot(new MockPlatform({ seed: 9 }).state, 'x');
    writeFileSync(file, text);
    writeFileSync(`${file}.tmp`, text.slice(0, 1000));
    expect(loadStateFile(file)!.seed).toBe(9);
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(loadStateFile(join(dir, 'absent.json'))).toBeNull();
  });
});

describe('startMockServer({ stateFile })', () => {
  it('restores filings, settlements and the ledger after a restart; the old settlement revokes and its msgid replays', async () => {
    const file = join(dir, 'restart.json');
    const a = await startMockServer({ seed: 2, stateFile: file });
    const c = new PlatformClient(a.url, HOSPITAL);
    await c.signIn();
    const p = ref(a.platform, 'outpatient-employee');
    const prep = await prepareOutpatient(c, p);
    if (!prep.settleInput) throw new Error('flow failed');
    const settled = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
    expect(settled.body.infcode).toBe(0);
    const before = await (await fetch(`${a.url}/__mock__/state`)).json();
    const ledgerBefore = await (await fetch(`${a.url}/__mock__/ledger`)).json();
    await a.close();

    const b = await startMockServer({ seed: 2, stateFile: file });
    try {
      expect(await (await fetch(`${b.url}/__mock__/state`)).json()).toEqual(before);
      expect(await (await fetch(`${b.url}/__mock__/ledger`)).json()).toEqual(ledgerBefore);
      // The sign-in survives the restart too.
      const c2 = new PlatformClient(b.url, HOSPITAL);
      c2.signNo = c.signNo;
      const again = await c2.post('/fsi/api/rsfComIfsService/callService', settled.envelope);
      expect(again.headers.get('x-mock-replay')).toBe('1');
      expect(again.body).toEqual(settled.body);
      const setl = settled.body.output.setlinfo;
      const revoked = await c2.call('2208', { data: { setl_id: setl.setl_id, mdtrt_id: setl.mdtrt_id, psn_no: p.psn_no } }, { insuplc: p.insuplc });
      expect(revoked.body.infcode).toBe(0);
      expect(revoked.body.output.setlinfo.medfee_sumamt).toBe(-setl.medfee_sumamt);
      expect(revoked.body.output.setlinfo.balc).toBe(setl.balc + setl.acct_pay);
    } finally {
      await b.close();
    }
  });

  it('refuses a state file of another version at start and leaves it untouched', async () => {
    const file = join(dir, 'future.json');
    const text = JSON.stringify({ format: 'yibao-direct/mock-state', version: 99, state: {} });
    writeFileSync(file, text);
    await expect(startMockServer({ stateFile: file })).rejects.toMatchObject({ name: 'StateSnapshotError', code: 'STATE_VERSION' });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

function startChild(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/cli.ts', '--port', '0', '--state', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) resolve({ child, url: m[0] });
    });
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => reject(new Error(`mock exited ${code}: ${err}`)));
  });
}

const registrations = (file: string): number => {
  const s = loadStateFile(file);
  return s ? [...s.messages.values()].filter((m) => m.infno === '2201').length : 0;
};

describe('state file under kill -9', () => {
  const runs = Number(process.env.MOCK_KILL_RUNS ?? 3);

  it(`leaves the old state or the new one, never a torn file (${runs} kills during a stream of 2201 writes)`, async () => {
    const file = join(dir, 'killed.json');
    const probe = new MockPlatform({ seed: 1 });
    const p = ref(probe, 'outpatient-employee');
    for (let run = 0; run < runs; run++) {
      const before = registrations(file);
      const { child, url } = await startChild(file);
      const c = new PlatformClient(url, HOSPITAL);
      await c.signIn();
      let acked = 0;
      let inFlight = 0;
      let maxInFlight = 0;
      let killed = false;
      const worker = async () => {
        while (!killed) {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          try {
            const r = await c.call('2201', {
              data: {
                psn_no: p.psn_no, insutype: p.insutype, begntime: '2026-01-05 09:00:00', mdtrt_cert_type: '02', mdtrt_cert_no: p.certno,
                ipt_otp_no: `K${run}-${acked}-${Math.random()}`.slice(0, 30), atddr_no: 'DR01', dr_name: '测试医生', dept_code: 'D01',
                dept_name: '内科', caty: 'A03',
              },
            }, { insuplc: p.insuplc });
            if (r.body.infcode === 0 && !killed) acked += 1;
          } catch {
            return;
          } finally {
            inFlight -= 1;
          }
        }
      };
      const workers = [worker(), worker(), worker()];
      // Kill at a random moment once writes are flowing (a loaded machine may take a while for the first).
      for (let waited = 0; acked === 0 && waited < 20_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 250)));
      killed = true;
      const ackedAtKill = acked;
      child.kill('SIGKILL');
      await Promise.all(workers);
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
      expect(existsSync(file)).toBe(true);
      const after = registrations(file);
      expect(after - before).toBeGreaterThanOrEqual(ackedAtKill);
      expect(after - before).toBeLessThanOrEqual(ackedAtKill + maxInFlight);
      expect(ackedAtKill).toBeGreaterThan(0);
    }
  }, 60_000);
});
