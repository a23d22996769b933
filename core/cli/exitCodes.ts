/**
 * The one table of `yibao` exit codes, the same for every command. `--help` and core/cli/README.md
 * print it from here (a test holds the README to it). 64–74 follow BSD sysexits.
 */
export const EXIT = {
  /** Done; for settle / check / estimate: the claim settles directly. */
  OK: 0,
  /** The verdict blocks direct settlement (settle, check, estimate); the verdict is on stdout. */
  NOT_DIRECT: 1,
  /** An input file is wrong: the case file (unreadable, not UTF-8, empty, not JSON, not a valid case), its pack (unknown, invalid, incomplete, not fitting) or the mock's state file. */
  BAD_INPUT: 2,
  /** The command line is wrong: unknown command or flag, missing or extra argument, bad flag value. */
  USAGE: 64,
  /** Something outside the case stops the command: the mock cannot listen (port in use, unknown host) or is not installed. */
  UNAVAILABLE: 69,
  /** A bug in yibao. */
  INTERNAL: 70,
  /** The output cannot be written (disk full, `> /dev/full`). */
  OUTPUT: 74,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One row of the table, in both languages. */
export interface ExitCodeRow {
  code: ExitCode;
  zh: string;
  en: string;
}

/** Every exit code with its meaning, in order. */
export const EXIT_CODES: readonly ExitCodeRow[] = [
  { code: EXIT.OK, zh: '完成；settle / check / estimate：可以直接结算', en: 'done; settle / check / estimate: the claim settles directly' },
  { code: EXIT.NOT_DIRECT, zh: '判定为不能直接结算（判定结果照常输出到 stdout）', en: 'the verdict blocks direct settlement (the verdict is still printed on stdout)' },
  { code: EXIT.BAD_INPUT, zh: '输入文件有误：案例文件（无法读取、非 UTF-8、空文件、JSON 语法、字段）、其政策包（不存在、无效、不完整、不匹配）或 mock 的 --state 文件', en: 'an input file is wrong: the case file (unreadable, not UTF-8, empty, JSON syntax, fields), its policy pack (unknown, invalid, incomplete, not fitting) or the mock\'s --state file' },
  { code: EXIT.USAGE, zh: '命令行用法错误（未知命令或选项、缺少或多余的参数、选项取值不对）', en: 'wrong usage (unknown command or flag, missing or extra argument, bad flag value)' },
  { code: EXIT.UNAVAILABLE, zh: '环境问题：模拟服务无法监听（端口被占用、主机名无法解析）或未安装', en: 'environment: the mock cannot listen (port in use, unknown host) or is not installed' },
  { code: EXIT.INTERNAL, zh: 'yibao 内部错误（程序缺陷，请报告）', en: 'internal error in yibao (a bug: please report it)' },
  { code: EXIT.OUTPUT, zh: '无法写出结果（磁盘已满等）', en: 'the output cannot be written (disk full, …)' },
];
