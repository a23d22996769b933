import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listPolicyPacks } from '../../core/index.ts';
import { readCodeBlocks, type CodeBlock } from './markdownBlocks.ts';
import { missingIds } from './ruleIds.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = join(ROOT, 'README.md');
const TEXT = readFileSync(README, 'utf8');
const BLOCKS = readCodeBlocks(README);
const TIMEOUT = 60_000;

/** Blocks of these languages run; `text` blocks are listings, checked against the tree below. */
const RUNNABLE = new Set(['ts', 'sh']);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const run = (cmd: string, args: readonly string[]): Run => {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The block's TypeScript in a temporary file inside the repository, so `yibao-direct/core` resolves through the package's own `exports`. */
const scratch = mkdtempSync(join(ROOT, 'test/docs/.readme-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runTs(code: string, name: string): Run {
  const file = join(scratch, `${name}.ts`);
  writeFileSync(file, code);
  return run(process.execPath, ['--import', 'tsx', file]);
}

/** The commands of an `sh` block, one per line, with the exit code a trailing `# exit N` comment promises (else 0). */
function commandsOf(block: CodeBlock): { command: string; exit: number }[] {
  return block.code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ command: l, exit: Number(/#\s*exit (\d+)\b/.exec(l)?.[1] ?? 0) }));
}

const at = (b: CodeBlock): string => `README.md:${b.line}`;
const tsBlocks = BLOCKS.filter((b) => b.lang === 'ts' && !b.skip);
const shCommands = BLOCKS.filter((b) => b.lang === 'sh' && !b.skip).flatMap((b) => commandsOf(b).map((c) => ({ ...c, where: at(b) })));
const distBuilt = existsSync(join(ROOT, 'dist/core/index.js'));

describe('README.md code blocks', () => {
  it('has only ts, sh, html and text blocks, and skips only the set-up commands and servers, each naming what covers it', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(5);
    for (const b of BLOCKS) expect(['ts', 'sh', 'html', 'text'], at(b)).toContain(b.lang);
    const skipped = BLOCKS.filter((b) => b.skip);
    const setUp = skipped.filter((b) => commandsOf(b).map((c) => c.command).join(' | ') === 'npm ci && npm start | npm ci && npm test');
    expect(setUp.length, 'the two set-up commands, kept exactly').toBe(1);
    for (const b of skipped.filter((x) => !setUp.includes(x))) {
      for (const c of commandsOf(b)) expect(c.command, `${at(b)}: only a long-running server may be skipped`).toMatch(/\byibao mock\b|\bnpm run (mock|dev|preview)\b/);
    }
    for (const b of skipped) {
      const named = [...(b.skip ?? '').matchAll(/(?:test\/[\w./-]+\.ts|\.ci\/run)/g)].map((m) => m[0]);
      expect(named.length, `${at(b)}: the reason names the test that covers the block`).toBeGreaterThan(0);
      for (const f of named) expect(existsSync(join(ROOT, f)), `${at(b)}: ${f}`).toBe(true);
    }
  });

  it('uses in its html blocks only elements, attributes, properties and events the custom-elements manifest declares', () => {
    type Member = { name: string; kind?: string };
    type Decl = { tagName?: string; attributes?: Member[]; members?: Member[]; events?: Member[] };
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Decl[] }[] };
    const decls = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    const html = BLOCKS.filter((b) => b.lang === 'html');
    expect(html.length).toBeGreaterThan(0);
    for (const b of html) {
      const tags = [...b.code.matchAll(/<(yb-[a-z-]+)([^>]*)>/g)];
      expect(tags.length, at(b)).toBeGreaterThan(0);
      for (const [, tag, attrs] of tags) {
        const d = decls.get(tag!);
        expect(d, `${at(b)}: <${tag}>`).toBeDefined();
        for (const [, name] of attrs!.matchAll(/([a-z-]+)=/g)) expect(d!.attributes?.map((a) => a.name), `${at(b)}: ${tag} ${name}`).toContain(name);
        for (const [, prop] of b.code.matchAll(/\bel\.(\w+)\s*=/g)) expect(d!.members?.map((m) => m.name), `${at(b)}: ${tag}.${prop}`).toContain(prop);
        for (const [, ev] of b.code.matchAll(/addEventListener\('(yb-[a-z-]+)'/g)) expect(d!.events?.map((e) => e.name), `${at(b)}: ${ev}`).toContain(ev);
      }
    }
  });

  it('runs no command that would change the checkout (installs belong in skipped set-up blocks)', () => {
    for (const c of shCommands) expect(c.command, c.where).not.toMatch(/\bnpm (i|install|ci|uninstall|update)\b|\bgit (reset|checkout|clean)\b/);
  });

  it('builds the package before these tests (npm test runs npm run build; alone: run it first)', () => {
    expect(distBuilt, 'dist/core/index.js is missing: run `npm run build`').toBe(true);
  });

  it.each(tsBlocks.map((b) => [at(b), b] as const))('runs the ts block at %s with node --import tsx', { timeout: TIMEOUT }, (where, b) => {
    const r = runTs(b.code, `block-${b.line}`);
    expect(r.stderr, where).toBe('');
    expect(r.status, `${where}\n${r.stdout}`).toBe(0);
    expect(r.stdout.trim(), where).not.toBe('');
  });

  it('type-checks the ts blocks as a strict NodeNext consumer of the package would', { timeout: TIMEOUT }, () => {
    const dir = mkdtempSync(join(scratch, 'tsc-'));
    tsBlocks.forEach((b) => writeFileSync(join(dir, `block-${b.line}.ts`), b.code));
    const compilerOptions = {
      module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, exactOptionalPropertyTypes: true,
      noEmit: true, skipLibCheck: true, types: ['node'],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(shCommands.map((c) => [c.command.replace(/\s+#.*$/, ''), c] as const))('runs `%s` with the exit code it states', { timeout: TIMEOUT }, (_cmd, c) => {
    const r = run('bash', ['-c', c.command]);
    expect(r.status, `${c.where}: ${c.command}\n${r.stderr}`).toBe(c.exit);
    // Exit 2 is a bad file: one message on stderr naming the code and the JSON path; otherwise the answer is on stdout.
    if (c.exit === 2) expect(r.stderr, c.where).toMatch(/[A-Z_]{5,}[^]*\b(person|claim|ytd|policy)(\.\w+|\[\d+\])+/);
    else expect(r.stdout.trim(), c.where).not.toBe('');
  });

  it('starts `npm start` (the first set-up command without its npm ci), serves its start page and the patient PWA, and stops', { timeout: 180_000 }, async () => {
    // On a free port (the script's --port), in its own process group so that stopping it stops the demo's children too.
    const child = spawn('npm', ['start', '--silent', '--', '--port', '0'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (out += d.toString()));
    const stop = (): void => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    try {
      const [url, pwaUrl] = await new Promise<[string, string]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start printed no URL in 150 s:\n${out}`)), 150_000);
        const look = (): void => {
          const m = /(http:\/\/127\.0\.0\.1:\d+)\/\s/.exec(out);
          const pwa = /(http:\/\/127\.0\.0\.1:\d+)\/\s+— 患者端 PWA/.exec(out);
          if (m && pwa) {
            clearTimeout(timer);
            resolve([m[1]!, pwa[1]!]);
          }
        };
        child.stdout.on('data', look);
        child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
      });
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const app = await fetch(`${pwaUrl}/`);
      expect(app.status).toBe(200);
      expect(await app.text()).toMatch(/<link rel="manifest"/);
    } finally {
      stop();
    }
  });
});

/** Each file's line of the sample's output names the verdict and the amounts `yibao settle` prints for it; a settled one reverses to its counters. */
function expectAgreesWithCli(sampleOut: string, files: readonly string[]): void {
  for (const file of files) {
    const cli = JSON.parse(run(process.execPath, ['bin/yibao.js', 'settle', file]).stdout) as {
      verdict: { code: string };
      setlinfo?: Record<string, number>;
    };
    const line = sampleOut.split('\n').find((l) => l.startsWith(`${file} `));
    expect(line, file).toContain(cli.verdict.code);
    for (const field of cli.setlinfo ? ['hifp_pay', 'psn_part_amt', 'psn_cash_pay'] : []) {
      expect(line, `${file} ${field}`).toContain(`${field}: ${cli.setlinfo![field]}`);
    }
    if (cli.setlinfo) expect(sampleOut, file).toContain(`${file} stored, read back and reversed; counters restored: true`);
  }
}

describe('README.md "Calling the core"', () => {
  const sample = tsBlocks.find((b) => b.code.includes('parseCase('));
  const FILES = /for \(const file of (\[[^\]]*\])\)/;

  it('settles its case files to the same figures as `yibao settle`', { timeout: TIMEOUT }, () => {
    expect(sample?.code).toMatch(FILES);
    const files = JSON.parse(FILES.exec(sample!.code)![1]!.replace(/'/g, '"')) as string[];
    const r = runTs(sample!.code, 'sample');
    expect(r.status, r.stderr).toBe(0);
    expectAgreesWithCli(r.stdout, files);
  });

  it('handles every shipped example as written, with or without year-to-date counters', { timeout: TIMEOUT }, () => {
    const examples = readdirSync(join(ROOT, 'core/cli/examples')).filter((f) => f.endsWith('.json')).map((f) => `core/cli/examples/${f}`);
    const withoutYtd = examples.filter((f) => !('ytd' in JSON.parse(readFileSync(join(ROOT, f), 'utf8'))));
    expect(withoutYtd.length, 'an example without ytd').toBeGreaterThan(0);
    const r = runTs(sample!.code.replace(FILES, `for (const file of ${JSON.stringify(examples)})`), 'sample-all');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expectAgreesWithCli(r.stdout, examples);
  });
});

describe('README.md agrees with the tools', () => {
  it('names the keys that `yibao settle` prints', { timeout: TIMEOUT }, () => {
    const line = shCommands.find((c) => /yibao settle \S+\s+# JSON:/.test(c.command));
    expect(line, 'a settle command commented with its JSON keys').toBeDefined();
    const named = /# JSON: (.*)$/.exec(line!.command)![1]!.split(',').map((k) => k.trim());
    const r = run('bash', ['-c', line!.command]);
    expect(named).toEqual(Object.keys(JSON.parse(r.stdout)));
  });

  it('lists exactly the shipped policy packs with their 险种 and status, as listPolicyPacks() does', () => {
    const rows = TEXT.split('\n')
      .filter((l) => /^\| `[a-z0-9-]+` \|/.test(l))
      .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const table = rows.map(([id, insutype, , status]) => ({ id: id!.replace(/`/g, ''), insutype, status }));
    expect(table).toEqual(listPolicyPacks().map((p) => ({ id: p.id, insutype: p.insutype, status: p.status })));
  });

  it('names as other entry points only functions the core exports, and only codes docs/rules.md explains', async () => {
    const core = (await import('../../core/index.ts')) as Record<string, unknown>;
    const prose = TEXT.replace(/```[^]*?```/g, '');
    const entryPoints = /Other entry points:[^]*?\n\n/.exec(prose)?.[0] ?? '';
    const names = [...entryPoints.matchAll(/`([a-z]+[A-Z][a-zA-Z]*)`/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    for (const n of names) expect(typeof core[n], n).toBe('function');
    // Codes (environment variables aside) are the core's, explained in docs/rules.md.
    const codes = [...prose.matchAll(/`([A-Z]+(?:_[A-Z]+)+)`/g)].map((m) => m[1]!).filter((c) => !c.startsWith('YIBAO_'));
    expect(codes.length).toBeGreaterThan(2);
    expect(missingIds(codes, readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'))).toEqual([]);
  });

  it('names only npm scripts that package.json defines', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...TEXT.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test)\b)/g)].map((m) => m[1] ?? m[2]!);
    expect(named).toEqual(expect.arrayContaining(['start', 'test', 'bench', 'size']));
    for (const n of named) expect(scripts, n).toHaveProperty(n);
  });

  it('lists in its layout only folders and files that exist', () => {
    const layout = BLOCKS.filter((b) => b.lang === 'text');
    expect(layout.length).toBe(1);
    for (const row of layout[0]!.code.trim().split('\n')) {
      const [dir = '', ...rest] = row.split(/\s+/);
      expect(existsSync(join(ROOT, dir)), dir).toBe(true);
      for (const name of rest.filter((t) => /^[\w.-]+\/?$/.test(t) && /[/.]/.test(t))) {
        expect(existsSync(join(ROOT, dir, name)), `${dir}${name}`).toBe(true);
      }
    }
  });

  it('links only to files of the repository that exist', () => {
    const links = [...TEXT.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(existsSync(join(ROOT, l)), l).toBe(true);
  });
});
