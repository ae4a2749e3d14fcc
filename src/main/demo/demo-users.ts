/** The demo's users. They exist only in the demo: a production start refuses to run while any of them can sign in. */

export const DEMO_PASSWORD = 'demo1234';

export type DemoRole = 'dealer_sales' | 'dealer_manager' | 'oem_reviewer' | 'oem_allocation' | 'oem_admin';

export interface DemoUser {
  readonly username: string;
  readonly role: DemoRole;
  /** The dealer a dealer role works for; null for automaker staff. */
  readonly dealerCode: string | null;
  readonly displayName: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001', displayName: 'Li Na 李娜' },
  { username: 'sh.manager', role: 'dealer_manager', dealerCode: 'SH001', displayName: 'Wang Qiang 王强' },
  { username: 'bj.sales', role: 'dealer_sales', dealerCode: 'BJ001', displayName: 'Zhang Wei 张伟' },
  { username: 'bj.manager', role: 'dealer_manager', dealerCode: 'BJ001', displayName: 'Sun Li 孙丽' },
  { username: 'gz.sales', role: 'dealer_sales', dealerCode: 'GZ001', displayName: 'Huang Jie 黄杰' },
  { username: 'cq.sales', role: 'dealer_sales', dealerCode: 'CQ001', displayName: 'Zhou Tao 周涛' },
  { username: 'reviewer', role: 'oem_reviewer', dealerCode: null, displayName: 'Chen Jing 陈静' },
  { username: 'allocator', role: 'oem_allocation', dealerCode: null, displayName: 'Liu Yang 刘洋' },
  { username: 'admin', role: 'oem_admin', dealerCode: null, displayName: 'Zhao Min 赵敏' },
];
