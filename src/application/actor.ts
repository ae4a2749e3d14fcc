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
  /** Present only for an integration token: what the token was issued for (one dealer's orders, or one plant). */
  readonly scope?: IntegrationScope;
}

/** What an integration token may reach: one dealer's orders, or one plant's production milestones. */
export type IntegrationScope =
  { readonly kind: 'dealer'; readonly dealerCode: string } | { readonly kind: 'plant'; readonly plantCode: string };

export type IntegrationScopeKind = IntegrationScope['kind'];

export const OEM_ROLES: readonly Role[] = ['oem_reviewer', 'oem_allocation', 'oem_admin'];

export function isOem(actor: Actor): boolean {
  return OEM_ROLES.includes(actor.role);
}
