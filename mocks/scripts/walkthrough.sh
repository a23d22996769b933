#!/usr/bin/env bash
# Runs the README walk-through (9001 → 1101 → 2201 → 2204 → 2206 → 2207 → 2208) against a running
# mock (`npm run mock -- --port 8787`) and prints it as markdown. Needs curl and jq.
set -euo pipefail
URL=${URL:-http://127.0.0.1:8787}
EP=$URL/fsi/api/rsfComIfsService/callService
PSN=42000000000000000110; CERT=420106198608180011; INSUPLC=420106
SEQ=0
NOW() { TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M:%S'; }
MSGID() { printf 'H31010600011%s%04d' "$(TZ=Asia/Shanghai date '+%Y%m%d%H%M%S')" "$SEQ"; }
# env INFNO INSUPLC INPUT
env_json() {
  jq -nc --arg infno "$1" --arg msgid "$(MSGID)" --arg insuplc "$2" --arg t "$(NOW)" --arg sign "${SIGN:-}" --argjson input "$3" \
   '{infno:$infno,msgid:$msgid,mdtrtarea_admvs:"310106",insuplc_admdvs:$insuplc,recer_sys_code:"YBXT",infver:"V1.0",opter_type:"1",opter:"OP001",opter_name:"收款员",inf_time:$t,fixmedins_code:"H31010600011",fixmedins_name:"模拟市第一人民医院",sign_no:$sign,input:$input}'
}
call() { # title infno insuplc input
  SEQ=$((SEQ+1)); local body; body=$(env_json "$2" "$3" "$4")
  echo "### $1" >&2
  RESP=$(curl -s -X POST "$EP" -H 'content-type: application/json' -d "$body")
  printf '\n#### %s\n\n```console\n$ curl -s -X POST $EP -H '"'"'content-type: application/json'"'"' -d '"'"'%s'"'"'\n```\n\n```json\n%s\n```\n' "$1" "$body" "$(echo "$RESP" | jq .)"
}
call "1. 9001 签到" 9001 "" '{"signIn":{"opter_no":"OP001","mac":"00-00-00-00-00-00","ip":"127.0.0.1"}}'
SIGN=$(echo "$RESP" | jq -r .output.signinoutb.sign_no)
call "2. 1101 人员信息获取 (身份证)" 1101 "" "{\"data\":{\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\"}}"
call "3. 2201 门诊挂号" 2201 $INSUPLC "{\"data\":{\"psn_no\":\"$PSN\",\"insutype\":\"310\",\"begntime\":\"$(NOW)\",\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\",\"ipt_otp_no\":\"MZ0001\",\"atddr_no\":\"DR01\",\"dr_name\":\"张医生\",\"dept_code\":\"D01\",\"dept_name\":\"内科\",\"caty\":\"A03\"}}"
MDTRT=$(echo "$RESP" | jq -r .output.data.mdtrt_id)
FT=$(NOW)
call "4. 2204 门诊费用明细上传" 2204 $INSUPLC "{\"feedetail\":[
 {\"feedetl_sn\":\"F1\",\"mdtrt_id\":\"$MDTRT\",\"psn_no\":\"$PSN\",\"chrg_bchno\":\"B1\",\"rx_circ_flag\":\"0\",\"fee_ocur_time\":\"$FT\",\"med_list_codg\":\"XA10BAA001A001010100001\",\"medins_list_codg\":\"YP001\",\"det_item_fee_sumamt\":25.00,\"cnt\":2,\"pric\":12.5,\"bilg_dept_codg\":\"D01\",\"bilg_dept_name\":\"内科\",\"bilg_dr_codg\":\"DR01\",\"bilg_dr_name\":\"张医生\",\"hosp_appr_flag\":\"0\"},
 {\"feedetl_sn\":\"F2\",\"mdtrt_id\":\"$MDTRT\",\"psn_no\":\"$PSN\",\"chrg_bchno\":\"B1\",\"rx_circ_flag\":\"0\",\"fee_ocur_time\":\"$FT\",\"med_list_codg\":\"XC08CAA002A001010100002\",\"medins_list_codg\":\"YP002\",\"det_item_fee_sumamt\":33.80,\"cnt\":1,\"pric\":33.8,\"bilg_dept_codg\":\"D01\",\"bilg_dept_name\":\"内科\",\"bilg_dr_codg\":\"DR01\",\"bilg_dr_name\":\"张医生\",\"hosp_appr_flag\":\"0\"},
 {\"feedetl_sn\":\"F3\",\"mdtrt_id\":\"$MDTRT\",\"psn_no\":\"$PSN\",\"chrg_bchno\":\"B1\",\"rx_circ_flag\":\"0\",\"fee_ocur_time\":\"$FT\",\"med_list_codg\":\"001102000010000\",\"medins_list_codg\":\"ZL001\",\"det_item_fee_sumamt\":40.00,\"cnt\":1,\"pric\":40,\"bilg_dept_codg\":\"D01\",\"bilg_dept_name\":\"内科\",\"bilg_dr_codg\":\"DR01\",\"bilg_dr_name\":\"张医生\",\"hosp_appr_flag\":\"0\"},
 {\"feedetl_sn\":\"F4\",\"mdtrt_id\":\"$MDTRT\",\"psn_no\":\"$PSN\",\"chrg_bchno\":\"B1\",\"rx_circ_flag\":\"0\",\"fee_ocur_time\":\"$FT\",\"med_list_codg\":\"XV99ZZZ010A001010100010\",\"medins_list_codg\":\"YP010\",\"det_item_fee_sumamt\":58.00,\"cnt\":1,\"pric\":58,\"bilg_dept_codg\":\"D01\",\"bilg_dept_name\":\"内科\",\"bilg_dr_codg\":\"DR01\",\"bilg_dr_name\":\"张医生\",\"hosp_appr_flag\":\"0\"}]}"
DATA="\"psn_no\":\"$PSN\",\"mdtrt_cert_type\":\"02\",\"mdtrt_cert_no\":\"$CERT\",\"med_type\":\"11\",\"medfee_sumamt\":156.80,\"psn_setlway\":\"01\",\"mdtrt_id\":\"$MDTRT\",\"chrg_bchno\":\"B1\",\"acct_used_flag\":\"1\",\"insutype\":\"310\""
call "5. 2206 门诊预结算" 2206 $INSUPLC "{\"data\":{$DATA}}"
SPLIT=$(echo "$RESP" | jq -c '.output.setlinfo | {fulamt_ownpay_amt,overlmt_selfpay,preselfpay_amt,inscp_scp_amt}' | sed 's/^{//; s/}$//')
call "6. 2207 门诊结算 (echoing 2206's four split amounts)" 2207 $INSUPLC "{\"data\":{$DATA,$SPLIT}}"
SETL=$(echo "$RESP" | jq -r .output.setlinfo.setl_id)
call "7. 2208 门诊结算撤销" 2208 $INSUPLC "{\"data\":{\"setl_id\":\"$SETL\",\"mdtrt_id\":\"$MDTRT\",\"psn_no\":\"$PSN\"}}"
