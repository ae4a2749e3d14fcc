import type { Actor, IntegrationScope } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import { recordAudit, type RequestOrigin } from '../audit.js';
import type { Page } from '../ports/repositories.js';
import type { IntegrationToken } from '../ports/security-repositories.js';
import type { Services } from '../services.js';

/** Integration tokens start with this, so that a leaked one is recognised (and told from a session token). */
export const INTEGRATION_TOKEN_PREFIX = 'ogi_';

/** A token's last use is written at most this often: a busy integration must not turn every read into a write. */
export const TOKEN_USE_WRITE_INTERVAL_MS = 60_000;

export function isIntegrationToken(token: string): boolean {
  return token.startsWith(INTEGRATION_TOKEN_PREFIX);
}

export interface IssuedToken {
  readonly token: IntegrationToken;
  /** The secret itself: shown once, never stored. */
  readonly secret: string;
}

/** An administrator issues a token for one dealer's orders or one plant's milestones. */
export async function issueIntegrationToken(
  services: Services,
  actor: Actor,
  name: string,
  scope: IntegrationScope,
  origin: RequestOrigin,
): Promise<IssuedToken> {
  await assertScopeExists(services, scope);
  const secret = `${INTEGRATION_TOKEN_PREFIX}${services.ids.secret()}`;
  const at = services.clock.now().toISOString();
  const token: IntegrationToken = {
    id: services.ids.id(),
    name,
    tokenHash: services.hasher.secret(secret),
    scope,
    createdAt: at,
    createdBy: actor.username,
    lastUsedAt: null,
    revokedAt: null,
  };
  await services.runner.run(async (unit) => {
    await unit.integrationTokens.insert(token);
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'token_issued',
      target: `token:${token.id}`,
      origin,
      detail: { name, scope },
    });
  });
  return { token, secret };
}

async function assertScopeExists(services: Services, scope: IntegrationScope): Promise<void> {
  if (scope.kind === 'dealer' && !(await services.reference.dealer(scope.dealerCode))) {
    throw new ApplicationError('dealer_unknown', `Dealer ${scope.dealerCode} does not exist.`, [
      { code: 'dealer_unknown', message: `Dealer ${scope.dealerCode} does not exist.`, path: 'scope.dealerCode' },
    ]);
  }
  if (scope.kind === 'plant' && !(await services.reference.plants()).some((plant) => plant.code === scope.plantCode)) {
    throw new ApplicationError('plant_unknown', `Plant ${scope.plantCode} does not exist.`, [
      { code: 'plant_unknown', message: `Plant ${scope.plantCode} does not exist.`, path: 'scope.plantCode' },
    ]);
  }
}

export function listIntegrationTokens(
  services: Services,
  limit: number,
  cursor: string | null,
): Promise<Page<IntegrationToken>> {
  return services.runner.read.integrationTokens.list(limit, cursor);
}

/** Revoking is final; revoking a revoked token again changes nothing. */
export async function revokeIntegrationToken(
  services: Services,
  actor: Actor,
  id: string,
  origin: RequestOrigin,
): Promise<void> {
  const at = services.clock.now().toISOString();
  await services.runner.run(async (unit) => {
    const token = await unit.integrationTokens.findById(id);
    if (!token) throw notFound(`Token ${id}`);
    if (!(await unit.integrationTokens.revoke(id, at))) return;
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'token_revoked',
      target: `token:${id}`,
      origin,
      detail: { name: token.name },
    });
  });
}

/**
 * The actor of an integration token: role `integration`, with its dealer for a dealer scope and none for a plant
 * scope. Records the use, at most once per `TOKEN_USE_WRITE_INTERVAL_MS`.
 */
export async function authenticateIntegration(services: Services, secret: string): Promise<Actor | null> {
  const token = await services.runner.read.integrationTokens.findByHash(services.hasher.secret(secret));
  if (!token || token.revokedAt !== null) return null;
  const now = services.clock.now();
  const notBefore = new Date(now.getTime() - TOKEN_USE_WRITE_INTERVAL_MS).toISOString();
  if (token.lastUsedAt === null || token.lastUsedAt < notBefore) {
    await services.runner.run((unit) => unit.integrationTokens.touch(token.id, now.toISOString(), notBefore));
  }
  return {
    userId: token.id,
    username: `token:${token.name}`,
    role: 'integration',
    dealerCode: token.scope.kind === 'dealer' ? token.scope.dealerCode : null,
    scope: token.scope,
  };
}
