/** Where the CLI writes: stdout for results, stderr for errors and notes. Swappable in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit codes: 0 done; 1 the verdict blocks direct settlement; 2 bad input, usage or policy; 3 internal error. */
export const EXIT = { OK: 0, NOT_SETTLED: 1, BAD_INPUT: 2, INTERNAL: 3 } as const;

/** Language of hints, titles and the explained table. */
export type Lang = 'zh' | 'en';
