/**
 * `@dinie-embed/embed`: the Dinie credit journey for any web page, in an iframe, with no React on
 * the page. `mount(element, options)` returns `{ update, destroy }`. Importing it does nothing,
 * so it is safe in server-rendered code; `dist/dinie-embed.js` is the same as a script-tag global,
 * `DinieEmbed`.
 * @packageDocumentation
 */

export type {
  JourneyEvent,
  JourneyEventType,
  JourneyExitReason,
  JourneyStep,
} from '@dinie-embed/api';
export { EmbedError, type EmbedErrorCode } from './EmbedError.ts';
export { mount } from './mount.ts';
export {
  EMBED_PROTOCOL,
  EMBED_PROTOCOL_VERSION,
  type EmbedAppearance,
  type EmbedAppearanceVariable,
  type EmbedDisplaySettings,
  type EmbedEventMessage,
  type EmbedFrameErrorMessage,
  type EmbedInitMessage,
  type EmbedMessageBase,
  type EmbedReadyMessage,
  type EmbedResizeMessage,
  type EmbedSessionToken,
  type EmbedSettings,
  type EmbedTokenMessage,
  type EmbedTokenRequestMessage,
  type EmbedUpdateMessage,
  embedMessage,
  type FrameMessage,
  type HostMessage,
  isEmbedMessage,
} from './protocol.ts';
export { type EmbedInstance, type EmbedOptions, FRAME_ALLOW, FRAME_SANDBOX } from './pure.ts';
