import { DiscordAPIError, GatewayCloseCodes } from 'discord.js';
import { ConfigError } from '../errors.js';
import { redactUrls } from '../logger.js';

/**
 * Start-up failures of `npm start` and `npm run deploy-commands` that the operator can fix,
 * worded once for both: each becomes a one-line {@link ConfigError}.
 */

const NETWORK_ERRORS = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
const tokenRejected = (how: string) => `Discord rejected DISCORD_TOKEN (${how}): copy the bot token again from the Developer Portal (Bot page).`;
const refused = (fix: string) => `Discord refused the gateway connection: ${fix}.`;

/** What the operator can do about the gateway close codes that are theirs to fix. */
const GATEWAY_REFUSALS: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, tokenRejected('gateway close 4004')],
  [GatewayCloseCodes.InvalidIntents, refused('the bot asked for intents Discord does not know (4013); update discord.js')],
  [GatewayCloseCodes.DisallowedIntents, refused('turn on Message Content Intent in the Developer Portal (Bot page)')],
]);

/** A REST failure at start-up (token rejected, API unreachable) as a {@link ConfigError}; anything else is returned as it is: a bug. */
export function startupError(error: unknown, apiBase: string | undefined): unknown {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  if (code === 'TokenInvalid' || (error instanceof DiscordAPIError && error.status === 401)) return new ConfigError(tokenRejected('401 Unauthorized'));
  const network = String(cause?.code ?? code);
  if (NETWORK_ERRORS.has(network)) return new ConfigError(`Could not reach the Discord API at ${redactUrls(apiBase ?? 'https://discord.com/api')} (${network}).`);
  return error;
}

/** Why Discord closed the gateway for good: a {@link ConfigError} for the codes the operator can fix, else a plain Error. */
export function gatewayCloseError(code: number): Error {
  const reason = GATEWAY_REFUSALS.get(code);
  return reason ? new ConfigError(reason) : new Error(`Discord closed the gateway connection for good (close code ${code}).`);
}
