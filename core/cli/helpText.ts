/** `yibao --help`, in both languages. */
export const HELP_TEXT = `yibao: 跨省异地就医直接结算 toolkit / cross-province direct settlement toolkit

Usage / 用法:
  yibao settle   CASE.json [--explain] [--lang zh|en]   结算：输出 verdict + setlinfo/setldetail/result + ytdAfter (JSON)，
                                                        --explain 输出计算瀑布表 / settle; --explain prints the waterfall
  yibao check    CASE.json [--lang zh|en]               能否直接结算 (verdict JSON) / direct-settlement verdict
  yibao estimate CASE.json [--lang zh|en]               估算区间 (best/worst) / range for partly unknown inputs
  yibao policies [--json]                               列出政策包 / list policy packs
  yibao mock     [--port 8787] [--host 127.0.0.1] [--seed 1]
                                                        启动国家平台模拟服务 / start the platform mock
  yibao --help | --version

CASE.json: person + claim + optional ytd + policy (pack id or inline pack); see core/cli/CASE-FORMAT.md.
          个人、就诊、可选的年度累计与政策包，格式见 core/cli/CASE-FORMAT.md。

Exit codes / 退出码:
  0 done 完成 · 1 not directly settleable 不能直接结算 · 2 bad input, usage or policy 输入、用法或政策包错误
  3 internal error 内部错误

Example / 示例:
  yibao settle core/cli/examples/example-4.json --explain --lang en
`;
