/** Where the CLI writes: stdout for results, stderr for errors and notes. Swappable in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);

/** The process's own streams, without failure handling (bin.ts adds that). */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(line(text)),
  err: (text) => void process.stderr.write(line(text)),
};

/** Language of every message, hint, title and the explained table. */
export type Lang = 'zh' | 'en';
