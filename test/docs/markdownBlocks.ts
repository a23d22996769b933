import { readFileSync } from 'node:fs';

/** One fenced code block of a Markdown file. */
export interface CodeBlock {
  /** First word of the info string (`ts`, `sh`, `json`, `console`, …); '' when the fence has none. */
  lang: string;
  /** The whole info string after the fence, trimmed (`ts title="x"`). */
  info: string;
  /** The block's text, without the fences, indentation of the fence removed, ending in '\n' unless empty. */
  code: string;
  /** 1-based line number of the opening fence. */
  line: number;
  /** Why the block must not run in a test, from `<!-- docs-test: skip — reason -->` just before the fence. */
  skip?: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ANNOTATION = /^\s*<!--\s*docs-test:\s*(.*?)\s*-->\s*$/;
const SKIP = /^skip\s*(?:—|–|-|:)\s*(\S.*)$/;

/** Thrown for a Markdown file the docs tests cannot read honestly (unclosed fence, bad annotation). */
export class MarkdownBlockError extends Error {
  override name = 'MarkdownBlockError';
}

/**
 * Extracts the fenced code blocks of a Markdown text (CommonMark fences: three or more backticks or
 * tildes, indented at most three spaces, closed by the same character at least as long).
 * A block preceded (blank lines aside) by `<!-- docs-test: skip — reason -->` carries `skip: reason`;
 * the reason is required, so every skipped block says where else it is covered.
 * @throws MarkdownBlockError on an unclosed fence, an unknown `docs-test:` annotation, a skip without
 *   a reason, or an annotation that no fence follows.
 */
export function extractCodeBlocks(markdown: string, fileName = 'markdown'): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let pendingSkip: { reason: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const annotation = ANNOTATION.exec(text);
    if (annotation) {
      const skip = SKIP.exec(annotation[1] ?? '');
      if (!skip) {
        throw new MarkdownBlockError(
          `${fileName}:${i + 1}: write the annotation as <!-- docs-test: skip — reason --> (the reason says which other test covers the block)`,
        );
      }
      pendingSkip = { reason: (skip[1] ?? '').trim(), line: i + 1 };
      continue;
    }
    const open = FENCE.exec(text);
    if (!open) {
      if (pendingSkip && text.trim() !== '') {
        throw new MarkdownBlockError(`${fileName}:${pendingSkip.line}: a docs-test annotation must come just before a code fence`);
      }
      continue;
    }
    const indent = (open[1] ?? '').length;
    const fence = open[2] ?? '```';
    const info = (open[3] ?? '').trim();
    if (fence.startsWith('`') && info.includes('`')) continue; // an inline code span, not a fence
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j] ?? '')) {
      body.push(stripIndent(lines[j] ?? '', indent));
      j++;
    }
    if (j >= lines.length) throw new MarkdownBlockError(`${fileName}:${i + 1}: the code fence is never closed`);
    const block: CodeBlock = {
      lang: info.split(/\s+/)[0] ?? '',
      info,
      code: body.length > 0 ? `${body.join('\n')}\n` : '',
      line: i + 1,
    };
    if (pendingSkip) block.skip = pendingSkip.reason;
    pendingSkip = undefined;
    blocks.push(block);
    i = j;
  }
  if (pendingSkip) {
    throw new MarkdownBlockError(`${fileName}:${pendingSkip.line}: a docs-test annotation must come just before a code fence`);
  }
  return blocks;
}

/** Reads a Markdown file and extracts its fenced code blocks (see {@link extractCodeBlocks}). */
export function readCodeBlocks(path: string): CodeBlock[] {
  return extractCodeBlocks(readFileSync(path, 'utf8'), path);
}

function stripIndent(line: string, indent: number): string {
  let n = 0;
  while (n < indent && line[n] === ' ') n++;
  return line.slice(n);
}
