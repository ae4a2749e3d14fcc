/** The demo's test-drive fleet: two or three cars at every demo dealer, of models the dealer sells. */

export interface DemoCarSeed {
  readonly dealerCode: string;
  readonly model: string;
  readonly trim: string;
  /** New-energy plates (the E7, the X9) carry a D and five digits after the city letter. */
  readonly plate: string;
}

export const DEMO_CARS: readonly DemoCarSeed[] = [
  { dealerCode: 'SH001', model: 'E7', trim: 'LR', plate: '沪AD10701' },
  { dealerCode: 'SH001', model: 'X9', trim: 'MAX', plate: '沪AD10902' },
  { dealerCode: 'SH001', model: 'C3', trim: 'SPORT', plate: '沪A1C303' },
  { dealerCode: 'HZ001', model: 'E7', trim: 'STD', plate: '浙AD20701' },
  { dealerCode: 'HZ001', model: 'X9', trim: 'PRO', plate: '浙AD20902' },
  { dealerCode: 'BJ001', model: 'E7', trim: 'PERF', plate: '京AD30701' },
  { dealerCode: 'BJ001', model: 'X9', trim: 'ULTRA', plate: '京AD30902' },
  { dealerCode: 'BJ001', model: 'C3', trim: 'COMFORT', plate: '京A3C303' },
  { dealerCode: 'TJ001', model: 'E7', trim: 'LR', plate: '津AD40701' },
  { dealerCode: 'TJ001', model: 'C3', trim: 'COMFORT', plate: '津A4C302' },
  { dealerCode: 'GZ001', model: 'E7', trim: 'LR', plate: '粤AD50701' },
  { dealerCode: 'GZ001', model: 'X9', trim: 'PRO', plate: '粤AD50902' },
  { dealerCode: 'SZ001', model: 'E7', trim: 'PERF', plate: '粤BD60701' },
  { dealerCode: 'SZ001', model: 'X9', trim: 'MAX', plate: '粤BD60902' },
  { dealerCode: 'CD001', model: 'E7', trim: 'STD', plate: '川AD70701' },
  { dealerCode: 'CD001', model: 'X9', trim: 'PRO', plate: '川AD70902' },
  { dealerCode: 'CQ001', model: 'E7', trim: 'LR', plate: '渝AD80701' },
  { dealerCode: 'CQ001', model: 'C3', trim: 'SPORT', plate: '渝A8C302' },
];
