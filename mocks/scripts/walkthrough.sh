#!/usr/bin/env bash
# The README walk-through (9001 → 1101 → 2201 → 2203 → 2204 → 2206 → 2207 → 2208) against a running mock,
# printed as markdown on stdout: each request and its reply (the replies in mocks/README.md come from it).
#   npm run mock -- --port 8787          # in another terminal
#   mocks/scripts/walkthrough.sh         # URL=http://127.0.0.1:8787 by default
# Needs bash, curl and node (no jq). Captures sign_no, mdtrt_id and setl_id from the replies; stops with a
# message at the first refused step.
set -euo pipefail
URL=${URL:-http://127.0.0.1:8787}
EP=$URL/fsi/api/rsfComIfsService/callService
PSN=42000000000000000110 CERT=420106198608180011 INSUPLC=420106

die() { echo "walkthrough: $*" >&2; exit 1; }
command -v curl >/dev/null || die "curl is not installed"
command -v node >/dev/null || die "node is not installed"
curl -sS -o /dev/null "$URL/__mock__/state" 2>/dev/null \
  || die "no mock answers at $URL — start one with \`npm run mock -- --port 8787\` or set URL="

# node helper: `envelope INFNO INSUPLC INPUT` prints a request body ($SIGN, $MDTRT, $SETL, $SPLIT in INPUT
# are filled in from the environment); `field PATH` prints one value of the reply on stdin; `split` prints
# the four split amounts of a pre-settlement reply as JSON members; `indent` indents the JSON on stdin;
# `pretty` indents a reply and fails unless its infcode is 0.
# shellcheck disable=SC2016
JS='
const [cmd, ...args] = process.argv.slice(1);
const stdin = () => JSON.parse(require("fs").readFileSync(0, "utf8"));
if (cmd === "envelope") {
  const [infno, insuplc, input] = args;
  const now = new Date(Date.now() + 8 * 3600e3).toISOString();
  const filled = input.replace(/\$(SIGN|MDTRT|SETL|SPLIT)\b/g, (_, k) => process.env[k] ?? "");
  console.log(JSON.stringify({
    infno, msgid: `H31010600011${now.slice(0, 19).replace(/\D/g, "")}${now.slice(20, 23)}0`, mdtrtarea_admvs: "310106",
    insuplc_admdvs: insuplc, recer_sys_code: "YBXT", infver: "V1.0", opter_type: "1", opter: "OP001", opter_name: "收款员",
    inf_time: `${now.slice(0, 10)} ${now.slice(11, 19)}`, fixmedins_code: "H31010600011", fixmedins_name: "模拟市第一人民医院",
    sign_no: process.env.SIGN ?? "", input: JSON.parse(filled),
  }));
} else if (cmd === "field") {
  let v = stdin();
  for (const k of args[0].split(".")) v = v?.[k];
  if (v === undefined || v === null) process.exit(3);
  console.log(v);
} else if (cmd === "split") {
  const s = stdin().output.setlinfo;
  console.log(["fulamt_ownpay_amt", "overlmt_selfpay", "preselfpay_amt", "inscp_scp_amt"].map((k) => `"${k}":${s[k]}`).join(","));
} else if (cmd === "indent") {
  console.log(JSON.stringify(stdin(), null, 2));
} else if (cmd === "pretty") {
  const r = stdin();
  console.log(JSON.stringify(r, null, 2));
  if (r.infcode !== 0) process.exit(4);
}'
js() { node -e "$JS" "$@"; }

SIGN='' MDTRT='' SETL='' SPLIT=''
STEP=0
# call TITLE INFNO INSUPLC INPUT: posts one envelope, prints it and its reply as markdown, keeps the reply in $ANSWER
call() {
  local body
  STEP=$((STEP + 1))
  body=$(SIGN=$SIGN MDTRT=$MDTRT SETL=$SETL SPLIT=$SPLIT js envelope "$2" "$3" "$4")
  ANSWER=$(curl -sS -X POST "$EP" -H 'content-type: application/json' -d "$body") || die "step $STEP ($2): curl failed"
  printf '\n#### %s. %s\n\nRequest:\n\n```json\n' "$STEP" "$1"
  printf '%s' "$body" | js indent
  printf '```\n\nReply:\n\n```json\n'
  printf '%s' "$ANSWER" | js pretty || { echo '```'; die "step $STEP ($2) was refused: $(printf '%s' "$ANSWER" | js field err_msg || true)"; }
  echo '```'
}
field() { printf '%s' "$ANSWER" | js field "$1" || die "step $STEP: the reply has no $1"; }

call '9001 签到' 9001 '' '{"signIn":{"opter_no":"OP001","mac":"00-00-00-00-00-00","ip":"127.0.0.1"}}'
SIGN=$(field output.signinoutb.sign_no)
call '1101 人员信息获取 (身份证)' 1101 '' "{\"data\":{\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\"}}"
call '2201 门诊挂号' 2201 $INSUPLC "{\"data\":{\"psn_no\":\"$PSN\",\"insutype\":\"310\",\"begntime\":\"$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M:%S')\",\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\",\"ipt_otp_no\":\"MZ0001\",\"atddr_no\":\"DR01\",\"dr_name\":\"张医生\",\"dept_code\":\"D01\",\"dept_name\":\"内科\",\"caty\":\"A03\"}}"
MDTRT=$(field output.data.mdtrt_id)
call '2203 门诊就诊信息上传' 2203 $INSUPLC "{\"mdtrtinfo\":{\"mdtrt_id\":\"\$MDTRT\",\"psn_no\":\"$PSN\",\"med_type\":\"11\",\"begntime\":\"$(TZ=Asia/Shanghai date '+%Y-%m-%d')\"},\"diseinfo\":{\"diag_type\":\"1\",\"diag_srt_no\":\"1\",\"diag_code\":\"I10.x00\",\"diag_name\":\"高血压\",\"diag_dept\":\"内科\",\"dise_dor_no\":\"DR01\",\"dise_dor_name\":\"张医生\",\"diag_time\":\"$(TZ=Asia/Shanghai date '+%Y-%m-%d')\",\"vali_flag\":\"1\"}}"
ROW="\"mdtrt_id\":\"\$MDTRT\",\"psn_no\":\"$PSN\",\"chrg_bchno\":\"B1\",\"rx_circ_flag\":\"0\",\"fee_ocur_time\":\"$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M:%S')\",\"bilg_dept_codg\":\"D01\",\"bilg_dept_name\":\"内科\",\"bilg_dr_codg\":\"DR01\",\"bilg_dr_name\":\"张医生\",\"hosp_appr_flag\":\"0\""
call '2204 门诊费用明细上传' 2204 $INSUPLC "{\"feedetail\":[
{\"feedetl_sn\":\"F1\",$ROW,\"med_list_codg\":\"XA10BAA001A001010100001\",\"medins_list_codg\":\"YP001\",\"det_item_fee_sumamt\":25.00,\"cnt\":2,\"pric\":12.5},
{\"feedetl_sn\":\"F2\",$ROW,\"med_list_codg\":\"XC08CAA002A001010100002\",\"medins_list_codg\":\"YP002\",\"det_item_fee_sumamt\":33.80,\"cnt\":1,\"pric\":33.8},
{\"feedetl_sn\":\"F3\",$ROW,\"med_list_codg\":\"001102000010000\",\"medins_list_codg\":\"ZL001\",\"det_item_fee_sumamt\":40.00,\"cnt\":1,\"pric\":40},
{\"feedetl_sn\":\"F4\",$ROW,\"med_list_codg\":\"XV99ZZZ010A001010100010\",\"medins_list_codg\":\"YP010\",\"det_item_fee_sumamt\":58.00,\"cnt\":1,\"pric\":58}]}"
DATA="\"psn_no\":\"$PSN\",\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\",\"med_type\":\"11\",\"medfee_sumamt\":156.80,\"psn_setlway\":\"01\",\"mdtrt_id\":\"\$MDTRT\",\"chrg_bchno\":\"B1\",\"acct_used_flag\":\"1\",\"insutype\":\"310\""
call '2206 门诊预结算' 2206 $INSUPLC "{\"data\":{$DATA}}"
SPLIT=$(printf '%s' "$ANSWER" | js split)
call '2207 门诊结算 (echoing 2206'"'"'s four split amounts)' 2207 $INSUPLC "{\"data\":{$DATA,\$SPLIT}}"
SETL=$(field output.setlinfo.setl_id)
call '2208 门诊结算撤销' 2208 $INSUPLC "{\"data\":{\"setl_id\":\"\$SETL\",\"mdtrt_id\":\"\$MDTRT\",\"psn_no\":\"$PSN\"}}"
echo "walkthrough: done — mdtrt_id $MDTRT settled as setl_id $SETL and revoked ($STEP steps against $URL)" >&2
