// A filled case as the app stores it: a Taobao earphone bought 20 days ago, a ticket filed 16 days ago,
// a merchant's promise broken 12 days ago. Tests put it in local storage and open it.

export const CASE_ID = 'e2e-file';

/** The buyer's local date `days` ago, as the form keeps dates. */
export function daysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const FILLED_CASE = {
  id: CASE_ID,
  title: '蓝牙耳机左耳无声',
  revision: 1,
  updated_ms: Date.now(),
  form: {
    platform: 'taobao', category: 'electronics', problem: 'malfunction',
    paid_on: daysAgo(20), signed_on: daysAgo(18), completed_on: daysAgo(17), paid_yuan: '199.50',
  },
  facts: {
    buyer_name: '张三', phone: '13800000000', address: '上海市徐汇区某路1号', order_no: '3901234567890',
    item_name: 'XX蓝牙耳机', shop_name: 'XX数码旗舰店', merchant_name: '某某电子商行',
    description: '收到第三天左耳完全无声, 重置无效。',
  },
  evidence: [
    { evidence: 'video', done: true, note: '开机演示左耳无声' },
    { evidence: 'chat_log', done: true, note: '' },
  ],
  log: [{
    on: daysAgo(15), time: '14:30', channel: 'merchant_service', who: '客服小王',
    said: '已登记, 会转给售后', promise: '3天内回复处理方案', promised_by: daysAgo(12),
  }],
  status_history: [{ status: 'submitted', on: daysAgo(16), note: '平台申请售后' }],
  return_tracking_no: '',
  sent_drafts: [{ purpose: 'platform_ticket', on: daysAgo(16), text: '申请退货退款: 耳机左耳无声, 附视频。' }],
};

/** Leaves the filled case alone in the local storage of `pageUrl`'s origin (the page stays there). */
export async function storeFilledCase(page, pageUrl) {
  await page.goto(pageUrl);
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [`shouhou.v1.case.${CASE_ID}`, JSON.stringify({ v: 1, case: FILLED_CASE })]);
}
