import { it } from 'vitest';
import { CUSTOMER_MESSAGE_TEMPLATE_NAMES, renderCustomerMessage } from './message-templates.js';
it('shows', () => {
  const d = { orderNo: 'SO-2026-000123', modelName: 'Aurora E7', customerName: '张*', dealerName: 'Aurora上海浦东店', vin: 'LA9E7SB12T0000123', eta: '2026-04-20', expectedAt: '2026-03-14T16:00:00.000Z', trackingUrl: 'https://track.aurora.cn/t/q7Xk2mP9vLr4Wn8Zt3Yb', at: '2026-03-15T06:30:00.000Z', place: '上海浦东新区张江路88号' };
  for (const t of CUSTOMER_MESSAGE_TEMPLATE_NAMES) for (const l of ['zh-CN', 'en'] as const) { const s = renderCustomerMessage(t, l, d); console.log(Array.from(s).length, s); }
});
