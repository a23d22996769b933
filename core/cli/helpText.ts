import type { Lang } from './CliIo.ts';
import { EXIT_CODES } from './exitCodes.ts';

const USAGE = {
  zh: {
    title: 'yibao：跨省异地就医直接结算工具',
    usage: '用法',
    commands: [
      ['yibao settle   CASE.json [--explain] [--lang zh|en]', '结算：输出判定、setlinfo / setldetail / result 与 ytdAfter（JSON）；--explain 输出计算瀑布表'],
      ['yibao check    CASE.json [--lang zh|en]', '能否直接结算：输出判定（JSON）'],
      ['yibao estimate CASE.json [--lang zh|en]', '估算区间：年度累计等未知时给出最好与最差情形（JSON）'],
      ['yibao policies [--json] [--lang zh|en]', '列出内置政策包'],
      ['yibao calendar YYYY-MM [--json] [--lang zh|en]', '即时结算日程：该结算月份的申报截止日、拨付期限及其间的工作日（含调休）'],
      ['yibao declare  SETTLEMENTS.ndjson [--month YYYY-MM] [--json] [--lang zh|en]', '月度申报：按基金、医疗类别、清算类别汇总结算记录，跨省部分单列；NDJSON 流式读取'],
      ['yibao mock     [--port 8787] [--host 127.0.0.1] [--seed 1] [--state FILE]', '启动国家平台模拟服务；--state 把数据保存在文件中，重启后恢复'],
      ['yibao --help | --version', ''],
    ],
    caseFile: 'CASE.json：参保人、就诊、可选的年度累计（ytd）与政策包（编号或内联），格式见 core/cli/CASE-FORMAT.md。',
    lang: '--lang：所有输出和错误信息的语言，zh（默认）或 en。',
    exit: '退出码',
    epipe: '读取方提前关闭管道（如 | head）不算错误：不输出信息，退出码不变。',
    examples: '示例',
  },
  en: {
    title: 'yibao: cross-province direct medical-insurance settlement toolkit',
    usage: 'Usage',
    commands: [
      ['yibao settle   CASE.json [--explain] [--lang zh|en]', 'settle: the verdict, setlinfo / setldetail / result and ytdAfter (JSON); --explain prints the waterfall'],
      ['yibao check    CASE.json [--lang zh|en]', 'direct-settlement verdict (JSON)'],
      ['yibao estimate CASE.json [--lang zh|en]', 'best and worst case when year-to-date figures are unknown (JSON)'],
      ['yibao policies [--json] [--lang zh|en]', 'list the built-in policy packs'],
      ['yibao calendar YYYY-MM [--json] [--lang zh|en]', 'instant-settlement schedule of a settlement month: declaration deadline, payment due date and the working days between (with make-up days)'],
      ['yibao declare  SETTLEMENTS.ndjson [--month YYYY-MM] [--json] [--lang zh|en]', 'monthly declaration: settlement records totalled by fund, medical type and clearing type, cross-province apart; NDJSON is streamed'],
      ['yibao mock     [--port 8787] [--host 127.0.0.1] [--seed 1] [--state FILE]', 'start the platform mock; --state keeps its data in a file across restarts'],
      ['yibao --help | --version', ''],
    ],
    caseFile: 'CASE.json: person, claim, optional year-to-date (ytd) and policy (pack id or inline pack); see core/cli/CASE-FORMAT.md.',
    lang: '--lang: language of all output and messages, zh (default) or en.',
    exit: 'Exit codes',
    epipe: 'A reader that closes the pipe early (| head) is not an error: no message, the exit code stays.',
    examples: 'Examples',
  },
} as const;

/** `yibao --help` in one language, with the exit-code table of exitCodes.ts. */
export function helpText(lang: Lang): string {
  const u = USAGE[lang];
  const lines = [u.title, '', `${u.usage}:`];
  for (const [cmd, what] of u.commands) lines.push(`  ${cmd}`, ...(what ? [`      ${what}`] : []));
  lines.push('', u.caseFile, u.lang, '', `${u.exit}:`);
  for (const row of EXIT_CODES) lines.push(`  ${String(row.code).padStart(2)}  ${row[lang]}`);
  lines.push(`  ${u.epipe}`, '', `${u.examples}:`);
  lines.push('  yibao settle core/cli/examples/example-4.json --explain --lang en');
  lines.push('  yibao estimate core/cli/examples/estimate.json');
  lines.push('  yibao calendar 2026-09');
  lines.push('  yibao declare core/cli/examples/settlements-2025-09.ndjson --json');
  return lines.join('\n');
}
