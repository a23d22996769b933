import type { LocalText, SourceStatus } from '../../types.ts';

/** One holiday period of a State Council notice: every day from `from` to `to` (inclusive) is off. */
export interface HolidayPeriod {
  name: LocalText;
  from: string;
  to: string;
}

/** One year of the PRC working-day calendar as the State Council General Office published it. */
export interface HolidayYear {
  year: number;
  /** Title and document number of the notice (国务院办公厅关于…年部分节假日安排的通知). */
  notice: { title: string; docNo: string; issuedOn: string; url: string };
  /** Status of the dates below (VERIFIED: the notice's full text was read). */
  status: SourceStatus;
  /** Status of `notice.docNo` when it is weaker than that of the dates. */
  docNoStatus: SourceStatus;
  /** Where the text was read, and when. */
  verification: string;
  holidays: readonly HolidayPeriod[];
  /** 调休 make-up working days: weekend days that are working days. */
  makeUpWorkdays: readonly string[];
}

const name = (zh: string, en: string): LocalText => ({ zh, en });

/**
 * The PRC working-day calendar, one entry per year (R-18: working days follow the official holiday
 * calendar with its 调休 make-up days, never Mon–Fri alone). Adding a year is a data change here;
 * a date of a year not listed is an error naming that year (`dayKind`), never a guess.
 */
export const CHINA_HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2025: {
    year: 2025,
    notice: {
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      docNo: '国办发明电〔2024〕12号',
      issuedOn: '2024-11-12',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    },
    status: 'VERIFIED',
    docNoStatus: 'VERIFIED',
    verification:
      'Full text as released by Xinhua (新华社北京11月12日电, 全文) read 2026-12-01 in independent copies: m.gmw.cn 2024-11-12 content_1303894933, '
      + 'a traditional-script Xinhua copy (gbitcoin.cn 2024-11-13) and a copy with the document number (mip.gyhiac.cn). The gov.cn page itself was not reachable.',
    holidays: [
      { name: name('元旦', "New Year's Day"), from: '2025-01-01', to: '2025-01-01' },
      { name: name('春节', 'Spring Festival'), from: '2025-01-28', to: '2025-02-04' },
      { name: name('清明节', 'Qingming Festival'), from: '2025-04-04', to: '2025-04-06' },
      { name: name('劳动节', 'Labour Day'), from: '2025-05-01', to: '2025-05-05' },
      { name: name('端午节', 'Dragon Boat Festival'), from: '2025-05-31', to: '2025-06-02' },
      { name: name('国庆节、中秋节', 'National Day and Mid-Autumn Festival'), from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    year: 2026,
    notice: {
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      docNo: '国办发明电〔2025〕7号',
      issuedOn: '2025-11-04',
      url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    },
    status: 'VERIFIED',
    docNoStatus: 'PARTIAL',
    verification:
      'Full text as released by Xinhua (新华社北京11月4日电, 全文) read 2026-12-01 in independent copies: politics.gmw.cn 2025-11-04 content_38391083, '
      + 'hrbtv.net 2025-11-04 (受权发布), 中山日报 epaper 2025-11-05 A01. None of these copies prints the document number; 国办发明电〔2025〕7号 '
      + 'comes from third-party holiday data files only (PARTIAL). The gov.cn page itself was not reachable.',
    holidays: [
      { name: name('元旦', "New Year's Day"), from: '2026-01-01', to: '2026-01-03' },
      { name: name('春节', 'Spring Festival'), from: '2026-02-15', to: '2026-02-23' },
      { name: name('清明节', 'Qingming Festival'), from: '2026-04-04', to: '2026-04-06' },
      { name: name('劳动节', 'Labour Day'), from: '2026-05-01', to: '2026-05-05' },
      { name: name('端午节', 'Dragon Boat Festival'), from: '2026-06-19', to: '2026-06-21' },
      { name: name('中秋节', 'Mid-Autumn Festival'), from: '2026-09-25', to: '2026-09-27' },
      { name: name('国庆节', 'National Day'), from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
