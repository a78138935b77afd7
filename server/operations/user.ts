import { LOCAL_ENGINE_ORG_ID, type WireAccount, type WireBalance } from '../../src/lib/api/index.ts';
import { sendJson } from '../http/sendJson.ts';
import type { RequestContext } from '../routes/RequestContext.ts';

/** The local engine's one account; its organizations are what the Organization header is checked against. */
export const LOCAL_ACCOUNT: WireAccount = {
  id: 'user-gesso-local',
  email: 'local@gesso.invalid',
  organizations: [{ id: LOCAL_ENGINE_ORG_ID, name: 'Gesso Local', role: 'OWNER', is_default: true }],
};

/** The account (v1alpha and v1 share its shape). */
export async function getAccount(ctx: RequestContext): Promise<void> {
  sendJson(ctx.res, LOCAL_ACCOUNT);
}

/** The balance: one figure, whatever API asks for it. */
export async function getBalance(ctx: RequestContext): Promise<void> {
  const body: WireBalance = { credits: ctx.state.balance };
  sendJson(ctx.res, body);
}
