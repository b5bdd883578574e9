/**
 * The IPC channel names shared by the preload and the main-process registrar: part of the
 * contract, so both sides import them from core and neither from the other.
 */

/** Prefix of the one invoke channel per contract call: `copydesk:articles.save`, … */
export const CALL_CHANNEL_PREFIX = 'copydesk:';

/** The invoke channel of one contract call. */
export const callChannel = (name: string): string => `${CALL_CHANNEL_PREFIX}${name}`;

/** Main -> renderer: a menu item the renderer must act on was chosen. */
export const MENU_COMMAND_CHANNEL = 'copydesk-menu:command';

export { MENU_COMMANDS, isMenuCommand, type MenuCommand } from './bridge';
