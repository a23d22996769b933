import { formatYuan, t, type Lang, type TextKey } from '../../i18n/index.ts';
import { FUND_NAMES_EN, type AmountKey, type BreakdownData } from './breakdownData.ts';

const SUMMARY: readonly [AmountKey, TextKey][] = [
  ['medfee', 'total'], ['fundPay', 'fundPays'], ['psnPart', 'personalPays'], ['acctPay', 'acctPay'], ['cashPay', 'cashPay'],
];
const SPLIT: readonly [AmountKey, TextKey][] = [['fulamt', 'fulamt'], ['overlmt', 'overlmt'], ['preselfpay', 'preselfpay'], ['inscp', 'inscp']];

/** One settlement's figures: totals, funds, line split. Amounts exactly as given, as ¥ with two decimals. */
export function BreakdownView({ data, lang, pre, names }: { data: BreakdownData; lang: Lang; pre: boolean; names: Readonly<Record<string, string>> }) {
  const a = data.amounts;
  return (
    <div>
      <h2 id="bd-title">{t(lang, pre ? 'preBreakdownTitle' : 'breakdownTitle')}</h2>
      <table part="summary" aria-labelledby="bd-title">
        <tbody>
          {SUMMARY.map(([k, label]) => (
            <tr key={k} class={k === 'cashPay' ? 'cash' : undefined}>
              <th scope="row">{t(lang, label)}</th>
              <td class="money" data-amount={k}>{formatYuan(a[k])}</td>
            </tr>
          ))}
          {a.balc !== null && (
            <tr>
              <th scope="row">{t(lang, 'balanceAfter')}</th>
              <td class="money" data-amount="balc">{formatYuan(a.balc)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {data.funds.length > 0 && (
        <>
          <h3 id="bd-funds">{t(lang, 'byFund')}</h3>
          <table part="funds" aria-labelledby="bd-funds">
            <tbody>
              {data.funds.map((f) => (
                <tr key={f.type}>
                  <th scope="row">{lang === 'en' ? FUND_NAMES_EN[f.type] ?? f.name : f.name} <span class="muted">{f.type}</span></th>
                  <td class="money">{formatYuan(f.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h3 id="bd-split">{t(lang, 'lineSplit')}</h3>
      <table part="split" aria-labelledby="bd-split">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'line')}</th>
            <th scope="col" class="money">{t(lang, 'amount')}</th>
            {SPLIT.slice(0, 3).map(([, label]) => (
              <th key={label} scope="col" class="money">{t(lang, label)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{names[l.id] ?? l.id}</th>
              <td class="money">{formatYuan(l.amount)}</td>
              <td class="money">{formatYuan(l.fulamt)}</td>
              <td class="money">{formatYuan(l.overlmt)}</td>
              <td class="money">{formatYuan(l.preselfpay)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(lang, 'total')}</th>
            <td class="money">{formatYuan(a.medfee)}</td>
            <td class="money">{formatYuan(a.fulamt)}</td>
            <td class="money">{formatYuan(a.overlmt)}</td>
            <td class="money">{formatYuan(a.preselfpay)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
