import { formatYuan, type Lang } from '../../i18n/index.ts';
import { FUND_KEYS, toFen, type LedgerMonth } from './ledgerData.ts';
import { lt } from './ledgerTexts.ts';

const ROW = 28;
const LABEL = 150;
const BAR = 300;
const VALUE = 110;

/**
 * The month's funds by type as a hand-written SVG bar chart (no charting library): one labelled bar per
 * fund with a non-zero amount, its value written beside it, so nothing depends on colour. The SVG is a
 * named image whose accessible description lists every value; bar lengths are geometry only (pixels from
 * fen), the amounts shown are the given text.
 */
export function FundsChart({ month, lang }: { month: LedgerMonth; lang: Lang }) {
  const bars = FUND_KEYS.map((k) => ({ k, fen: toFen(month.funds[k] ?? '0'), text: month.funds[k] ?? '0' })).filter((b) => b.fen !== 0n);
  const max = bars.reduce((m, b) => (b.fen > m ? b.fen : b.fen < -m ? -b.fen : m), 1n);
  const height = Math.max(bars.length, 1) * ROW + 8;
  const id = `chart-${month.month}`;
  const described = bars.map((b) => `${lt(lang, b.k)} ${formatYuan(b.text)}`).join('；');
  return (
    <figure part="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{lt(lang, 'chart', { month: month.month })}</figcaption>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} viewBox={`0 0 ${LABEL + BAR + VALUE} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <desc id={`${id}-d`}>{described || lt(lang, 'noDeductions')}</desc>
        {bars.map((b, i) => {
          const len = Math.max(2, Math.round((Number(b.fen < 0n ? -b.fen : b.fen) / Number(max)) * BAR));
          const y = 4 + i * ROW;
          return (
            <g key={b.k} class={`bar ${b.k === 'psnCashPay' ? 'cash' : b.k.startsWith('acct') ? 'acct' : 'fund'}`}>
              <text x={LABEL - 8} y={y + ROW / 2 + 1} text-anchor="end" dominant-baseline="middle">{lt(lang, b.k)}</text>
              <rect x={LABEL} y={y + 4} width={len} height={ROW - 10} rx="2" />
              <text x={LABEL + len + 6} y={y + ROW / 2 + 1} dominant-baseline="middle" class="value">{formatYuan(b.text)}</text>
            </g>
          );
        })}
      </svg>
      <p class="muted small">{lt(lang, 'chartNote')}</p>
    </figure>
  );
}
