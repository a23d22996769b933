import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../core/cli/CliError.ts';
import { CLI_TEXTS } from '../../../core/cli/cliTexts.ts';
import { readCase } from '../../../core/cli/readCase.ts';
import { EXAMPLES, FIXTURES, work, writeRaw, yibaoInProcess } from './support/yibao.ts';

const example = readFileSync(join(EXAMPLES, 'example-4.json'), 'utf8');
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => utf16le(s).swap16();

/** readCase's refusal of a file, in English. */
async function refusal(file: string): Promise<string> {
  const e = await readCase(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CliError);
  expect((e as CliError).exit).toBe(2);
  return (e as CliError).text(CLI_TEXTS.en);
}

describe('readCase', () => {
  it('reads UTF-8 with or without a byte-order mark', async () => {
    const plain = await readCase(join(EXAMPLES, 'example-4.json'));
    const bom = await readCase(writeRaw('bom.json', `\ufeff${example}`));
    expect(bom).toEqual(plain);
  });

  it.each([
    ['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(example)])],
    ['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(example)])],
    ['UTF-16 LE without BOM', () => utf16le(example)],
    ['UTF-16 BE without BOM', () => utf16be(example)],
  ])('reports %s as an encoding problem, saying to save as UTF-8', async (name, bytes) => {
    const file = writeRaw(`${name.replace(/\W+/g, '-')}.json`, bytes());
    expect(await refusal(file)).toBe(`the case file ${file} is encoded as UTF-16: save it as UTF-8 and retry.`);
  });

  it('reports bytes that are not UTF-8 (a GBK file) with the line and column where they start', async () => {
    // "description": "例" in GBK: 0xc0 0xfd is not UTF-8.
    const file = writeRaw('gbk.json', Buffer.concat([Buffer.from('{\n  "description": "'), Buffer.from([0xc0, 0xfd]), Buffer.from('"\n}')]));
    expect(await refusal(file)).toBe(`the case file ${file} is not UTF-8 (from line 2, column 19; GBK perhaps): save it as UTF-8 and retry.`);
  });

  it.each([['empty.json', ''], ['blank.json', ' \n\t\r\n'], ['bom-only.json', '\ufeff']])('says that %s is empty', async (name, text) => {
    const file = writeRaw(name, text);
    expect(await refusal(file)).toBe(`the case file ${file} is empty: write one case as a JSON object (see core/cli/CASE-FORMAT.md).`);
  });

  it('gives the line and column of a JSON syntax error, without quoting the file', async () => {
    const broken = example.replace('"claim": {', '"claim" {');
    const file = writeRaw('colon.json', broken);
    const line = broken.slice(0, broken.indexOf('"claim" {')).split('\n').length;
    expect(await refusal(file)).toBe(`the case file ${file} is not valid JSON at line ${line}, column 11: a colon : belongs after the field name. Fix the quotes, commas or brackets.`);
    expect(await refusal(join(FIXTURES, 'not-json.json'))).toMatch(/at line 2, column 1: the file ends before the JSON does/);
  });

  it('names a missing file and a folder', async () => {
    expect(await refusal(join(work, 'no-such.json'))).toBe(`no case file ${join(work, 'no-such.json')}: check the path and the file name.`);
    expect(await refusal(work)).toBe(`${work} is a folder, not a case file: give the path of a .json file.`);
  });

  it('is reported by main in Chinese by default, exit 2', async () => {
    const r = await yibaoInProcess('settle', writeRaw('u16.json', utf16le(example)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^yibao: 案例文件 .*u16\.json 是 UTF-16 编码：请另存为 UTF-8/);
  });
});
