import type { Role, User } from '../api/api-types.js';

const DEALER_ROLES: readonly Role[] = ['dealer_sales', 'dealer_manager'];
const OEM_ROLES: readonly Role[] = ['oem_reviewer', 'oem_allocation', 'oem_admin'];

/** What each part of the app needs, by role (SPEC §1); the server checks the same again on every request. */
export const can = {
  submitOrders: (user: User) => DEALER_ROLES.includes(user.role),
  editOrders: (user: User) => DEALER_ROLES.includes(user.role),
  readAllOrders: (user: User) => OEM_ROLES.includes(user.role),
  review: (user: User) => user.role === 'oem_reviewer' || user.role === 'oem_admin',
  allocate: (user: User) => user.role === 'oem_allocation' || user.role === 'oem_admin',
  readSupply: (user: User) => OEM_ROLES.includes(user.role),
  publishPrices: (user: User) => user.role === 'oem_admin',
  readReports: (user: User) => user.role === 'dealer_manager' || OEM_ROLES.includes(user.role),
  /** Leads, tailored introductions, test drives and orders from leads are the showroom's work. */
  workLeads: (user: User) => DEALER_ROLES.includes(user.role),
  manageDemoCars: (user: User) => user.role === 'dealer_manager',
  /** The sales funnel goes with the other reports: the dealer's manager, and the automaker. */
  readFunnel: (user: User) => user.role === 'dealer_manager' || OEM_ROLES.includes(user.role),
  /** A dealer cancels before verification; the automaker after it. */
  cancel: (user: User, verified: boolean) => (verified ? OEM_ROLES.includes(user.role) : true),
} as const;

export function isDealer(user: User): boolean {
  return user.dealerCode !== null && DEALER_ROLES.includes(user.role);
}
