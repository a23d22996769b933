import { describe, expect, it } from 'vitest';
import { MarkdownBlockError, extractCodeBlocks } from './markdownBlocks.ts';

describe('extractCodeBlocks', () => {
  it('returns each fenced block with its info string, language and opening line', () => {
    const md = ['# Title', '', '```sh', 'npm test', '```', '', 'text', '~~~ts title="a.ts"', 'const a = 1;', '~~~', ''].join('\n');
    expect(extractCodeBlocks(md)).toEqual([
      { lang: 'sh', info: 'sh', code: 'npm test\n', line: 3 },
      { lang: 'ts', info: 'ts title="a.ts"', code: 'const a = 1;\n', line: 8 },
    ]);
  });

  it('keeps shorter fences and other fence characters inside a longer fence', () => {
    const md = ['````md', '```sh', 'echo hi', '```', '~~~', '````'].join('\n');
    const [block] = extractCodeBlocks(md);
    expect(block?.lang).toBe('md');
    expect(block?.code).toBe('```sh\necho hi\n```\n~~~\n');
  });

  it('reads a block without an info string as language ""', () => {
    expect(extractCodeBlocks('```\nplain\n```\n')).toEqual([{ lang: '', info: '', code: 'plain\n', line: 1 }]);
  });

  it('removes the indentation of an indented fence from its lines', () => {
    expect(extractCodeBlocks('  ```sh\n  ls\n    cd x\n  ```\n')[0]?.code).toBe('ls\n  cd x\n');
  });

  it('accepts Windows line endings', () => {
    expect(extractCodeBlocks('```sh\r\nls\r\n```\r\n')[0]?.code).toBe('ls\n');
  });

  it('attaches a skip annotation and its reason to the next fence only', () => {
    const md = ['<!-- docs-test: skip — covered by test/core/cli/cli.test.ts -->', '', '```sh', 'npm start', '```', '```sh', 'ls', '```'].join('\n');
    const blocks = extractCodeBlocks(md);
    expect(blocks[0]?.skip).toBe('covered by test/core/cli/cli.test.ts');
    expect(blocks[1]).not.toHaveProperty('skip');
  });

  it('ignores other HTML comments', () => {
    expect(extractCodeBlocks('<!-- a note -->\n```sh\nls\n```\n')[0]).not.toHaveProperty('skip');
  });

  it('refuses a skip without a reason', () => {
    expect(() => extractCodeBlocks('<!-- docs-test: skip -->\n```sh\nls\n```\n')).toThrow(MarkdownBlockError);
  });

  it('refuses an unknown annotation', () => {
    expect(() => extractCodeBlocks('<!-- docs-test: run-twice -->\n```sh\nls\n```\n')).toThrow(/docs-test: skip — reason/);
  });

  it('refuses an annotation that no fence follows', () => {
    expect(() => extractCodeBlocks('<!-- docs-test: skip — x -->\ntext\n```sh\nls\n```\n')).toThrow(/just before a code fence/);
    expect(() => extractCodeBlocks('text\n<!-- docs-test: skip — x -->\n')).toThrow(/just before a code fence/);
  });

  it('refuses an unclosed fence, naming the file and line', () => {
    expect(() => extractCodeBlocks('ok\n```sh\nls\n', 'README.md')).toThrow('README.md:2: the code fence is never closed');
  });
});
