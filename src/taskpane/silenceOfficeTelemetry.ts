/** The part of an office.js logging endpoint this module changes. */
interface LoggingEndpoint {
  loadProxyFrame?: () => void;
  proxyFrame?: { remove?: () => void } | null;
}

/** Turns an endpoint's frame loader into a no-op and removes a frame it already made. */
function quiet(endpoint: unknown): unknown {
  if (typeof endpoint !== "object" || endpoint === null) return endpoint;
  const target = endpoint as LoggingEndpoint;
  target.loadProxyFrame = () => undefined;
  const frame = target.proxyFrame;
  if (frame && typeof frame.remove === "function") frame.remove();
  return endpoint;
}

/**
 * Keeps office.js from reaching Microsoft's telemetry service when the page runs outside Office.
 *
 * Why: opened in a plain browser, office.js loads `o15apptofilemappingtable.js`, whose logging
 * endpoint (`Logger.ulsEndpoint`) adds a hidden frame for
 * `https://telemetryservice.firstpartyapps.oaspapps.com/…` three seconds after it loads. The page's
 * Content-Security-Policy blocks the frame's navigation, but Chromium still opens a connection to
 * that host as soon as the frame is added (a preconnect: DNS lookup, TCP and TLS), so the user's
 * address would reach the service. Inside Excel the host scripts' endpoint already does nothing,
 * so quieting it changes nothing there.
 *
 * Method: the global `Logger` namespace (created here when office.js has not made it yet, which
 * office.js's `Logger || (Logger = {})` then reuses) gets an accessor property `ulsEndpoint`: every
 * endpoint stored in it, now or later, has its `loadProxyFrame` replaced by a no-op before its timer
 * fires, and a frame it already added is removed. Calling it again is harmless. It must run within
 * three seconds of office.js's mapping script (the task pane's entry calls it first thing); it never
 * throws, and leaves a `Logger` it cannot change (a non-configurable `ulsEndpoint`) with only its
 * current endpoint quieted.
 *
 * @param scope - the global object holding office.js's `Logger` (default: the page's)
 * @returns nothing; the scope's `Logger.ulsEndpoint` loads no frame from then on
 *
 * @example
 * const scope = {};
 * silenceOfficeTelemetry(scope);
 * scope.Logger.ulsEndpoint = { loadProxyFrame: () => document.head.append(frame) };
 * scope.Logger.ulsEndpoint.loadProxyFrame() // => undefined (no frame is added)
 */
export function silenceOfficeTelemetry(scope: object = globalThis): void {
  const holder = scope as { Logger?: unknown };
  if (typeof holder.Logger !== "object" || holder.Logger === null) holder.Logger = {};
  const logger = holder.Logger as { ulsEndpoint?: unknown };
  const own = Object.getOwnPropertyDescriptor(logger, "ulsEndpoint");
  if (own && !own.configurable) {
    quiet(logger.ulsEndpoint);
    return;
  }
  let endpoint = quiet(logger.ulsEndpoint);
  Object.defineProperty(logger, "ulsEndpoint", {
    configurable: true,
    enumerable: true,
    get: () => endpoint,
    set: (value: unknown) => {
      endpoint = quiet(value);
    },
  });
}
