// <yb-filing-check> for a planned visit with host-supplied filings, and <yb-breakdown> alone (a receipt).
const check = document.getElementById('check') as HTMLElement & { filings: unknown };
const date = document.getElementById('visit-date') as HTMLInputElement;
const end = document.getElementById('filing-end') as HTMLInputElement;
const medType = document.getElementById('med-type') as HTMLSelectElement;
const iso = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const today = new Date();
date.value = iso(new Date(today.getTime() + 7 * 86400_000));
end.value = iso(new Date(today.getTime() + 3 * 86400_000));
const apply = () => {
  check.setAttribute('date', date.value);
  check.setAttribute('med-type', medType.value);
  check.filings = [{
    id: 'BA-DEMO-1', category: 'TMP_OTHER', targetAdmdvs: '310000', registeredAt: `${iso(new Date(today.getTime() - 30 * 86400_000))}T09:00:00+08:00`,
    validFrom: iso(new Date(today.getTime() - 30 * 86400_000)), validTo: end.value,
  }];
};
for (const input of [date, end, medType]) input.addEventListener('change', apply);
apply();

const receipt = document.getElementById('receipt') as HTMLElement & Record<string, unknown>;
receipt.setlinfo = { insutype: '310', medfee_sumamt: 156.8, fulamt_ownpay_amt: 58, overlmt_selfpay: 10, preselfpay_amt: 3.38, inscp_scp_amt: 85.42, fund_pay_sumamt: 42.71, psn_part_amt: 114.09, acct_pay: 114.09, psn_cash_pay: 0, balc: 1885.91 };
receipt.setldetail = [
  { fund_pay_type: '310100', fund_pay_type_name: '城镇职工基本医疗保险统筹基金', fund_payamt: 42.71 },
  { fund_pay_type: '310200', fund_pay_type_name: '城镇职工基本医疗保险个人账户基金', fund_payamt: 114.09 },
];
receipt.lines = [
  { feedetl_sn: 'F1', det_item_fee_sumamt: 25, fulamt_ownpay_amt: 0, overlmt_amt: 0, preselfpay_amt: 0 },
  { feedetl_sn: 'F2', det_item_fee_sumamt: 33.8, fulamt_ownpay_amt: 0, overlmt_amt: 0, preselfpay_amt: 3.38 },
  { feedetl_sn: 'F3', det_item_fee_sumamt: 40, fulamt_ownpay_amt: 0, overlmt_amt: 10, preselfpay_amt: 0 },
  { feedetl_sn: 'F4', det_item_fee_sumamt: 58, fulamt_ownpay_amt: 58, overlmt_amt: 0, preselfpay_amt: 0 },
];
receipt.lineNames = { F1: '二甲双胍片', F2: '氨氯地平片', F3: '门诊诊查费', F4: '营养补充剂（自费）' };
