import type { EmbedSettings } from '@dinie-embed/embed';
import { DinieProvider } from '@dinie-embed/react';
import { CreditJourney, DinieTheme } from '@dinie-embed/ui';
import type { HostConnection } from './hostConnection.ts';

/** Props of {@link EmbedFrame}. */
export interface EmbedFrameProps {
  /** The host's settings from the handshake and its updates. */
  settings: EmbedSettings;
  /** The channel to the host. */
  connection: HostConnection;
  /** The nonce of the frame's Content-Security-Policy, for the dialogs' scroll-lock style. */
  nonce: string | undefined;
}

/**
 * The journey inside the iframe. The session token comes from the host over the protocol, at
 * start, before it expires and after a 401 (DinieProvider's single token store decides when);
 * the proxy is the folder above the frame's own URL unless the host names it.
 */
export function EmbedFrame({ settings, connection, nonce }: EmbedFrameProps) {
  return (
    <DinieProvider
      baseUrl={settings.baseUrl ?? defaultBaseUrl(window.location.href)}
      fetchSessionToken={connection.requestToken}
    >
      <DinieTheme
        appearance={settings.appearance}
        colorScheme={settings.colorScheme}
        locale={settings.locale}
        nonce={nonce}
      >
        {/* The biometrics capture needs the camera and the signing page its own origin: both run on
            Dinie's pages in a new tab, so the iframe gets no camera and frames nothing. */}
        <CreditJourney
          onEvent={connection.emit}
          loanId={settings.loanId}
          biometricsMode="handoff"
          signingMode="tab"
        />
      </DinieTheme>
    </DinieProvider>
  );
}

/** `https://partner/dinie/embed/` → `https://partner/dinie`: the proxy serves the frame under its mount. */
export function defaultBaseUrl(frameUrl: string): string {
  return new URL('..', frameUrl).href.replace(/\/+$/, '');
}
