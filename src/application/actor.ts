export const ROLES = [
  'dealer_sales',
  'dealer_manager',
  'oem_reviewer',
  'oem_allocation',
  'oem_admin',
  'integration',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: every use case is told, and dealer roles only ever reach their own dealer's orders. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  /** Set for dealer roles and dealer-scoped integrations. */
  readonly dealerCode: string | null;
}

export const OEM_ROLES: readonly Role[] = ['oem_reviewer', 'oem_allocation', 'oem_admin'];

export function isOem(actor: Actor): boolean {
  return OEM_ROLES.includes(actor.role);
}
