/**
 * Writes sdk/API.md from custom-elements.json (made by `cem analyze --config sdk/cem.config.mjs`):
 * per element its attributes, properties, events, parts and CSS custom properties, then the
 * Content-Security-Policy for host pages. `npm run cem` runs both; a test checks API.md is current.
 *   node --import tsx sdk/docs/writeApiPage.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../demo/strictCsp.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Named { name: string; description?: string; type?: { text: string }; fieldName?: string; readonly?: boolean }
interface Element {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: Named[];
  members?: (Named & { kind: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest { modules: { path: string; declarations?: Element[] }[] }

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (s: string | undefined): string => (s ? `\`${cell(s)}\`` : '');

function table(title: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return [`#### ${title}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

/** The API page for a manifest. */
export function apiPage(manifest: Manifest): string {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path }))).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = [
    '# yibao-direct/sdk — element reference',
    '',
    'Generated from `custom-elements.json` (`npm run cem`, from the JSDoc tags in `sdk/elements/`). Do not edit by hand.',
    '',
    '```html',
    '<script type="module" src="/yibao-sdk.js"></script>',
    '<yb-checkout mode="pharmacy" endpoint="/fsi/api/rsfComIfsService/callService"',
    '  fixmedins-code="P31010600033" opter="OP001" mdtrtarea-admvs="310106"></yb-checkout>',
    '```',
    '',
    'Every event bubbles and is composed; its `detail` carries no personal data (at most a masked ID).',
    'Texts are zh-CN (default) or en (`lang`, else the document\'s language).',
    '',
  ];
  for (const e of elements) {
    const props = (e.members ?? []).filter((m) => m.kind === 'field');
    out.push(
      `## \`<${e.tagName}>\``,
      '',
      cell(e.summary),
      '',
      e.description ? `${e.description.trim()}\n` : '',
      `Source: \`${e.path}\` (class \`${e.name}\`).`,
      '',
      table('Attributes', ['Attribute', 'Type', 'Description'], (e.attributes ?? []).map((a) => [code(a.name), code(a.type?.text), cell(a.description)])),
      table('Properties', ['Property', 'Type', 'Description'], props.map((p) => [code(p.name), code(p.type?.text), cell(p.description) + (p.readonly ? ' (read-only)' : '')])),
      table('Events', ['Event', 'Detail', 'Description'], (e.events ?? []).map((v) => [code(v.name), code(v.type?.text), cell(v.description)])),
      table('CSS parts (`::part()`)', ['Part', 'Description'], (e.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
      table('CSS custom properties', ['Property', 'Description'], (e.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
    );
  }
  out.push(
    '## Content-Security-Policy for host pages',
    '',
    'The elements run under a strict policy: no `unsafe-inline`, no `unsafe-eval`. Styles are',
    'constructable stylesheets (not blocked by CSP); the lazy files beside the entry (`yibao-explain.js`, `yibao-policy.js`, `yibao-ledger.js`, `chunks/*.js`)',
    'load from the SDK\'s own origin; requests go to the host\'s gateway (`connect-src`). The demo serves',
    '`/strict.html` with exactly this header and its browser test asserts zero violations:',
    '',
    '```http',
    `Content-Security-Policy: ${STRICT_CSP}`,
    '```',
    '',
    'Serving the SDK or the gateway from another origin: add it to `script-src` and `connect-src`.',
    '',
  );
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8')) as Manifest;
  const page = apiPage(manifest);
  const file = `${ROOT}sdk/API.md`;
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== page) {
      console.error('sdk/API.md is out of date: run `npm run cem`');
      process.exit(1);
    }
  } else {
    writeFileSync(file, page);
    console.log(`wrote ${file}`);
  }
}
