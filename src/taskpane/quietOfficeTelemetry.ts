/**
 * The page's first script, loaded before office.js: it quiets office.js's telemetry endpoint before
 * office.js exists, so whether the task pane's own script runs within office.js's three-second delay
 * no longer matters (see {@link silenceOfficeTelemetry}). Built on its own as
 * `quiet-office-telemetry.js`, a few hundred bytes.
 *
 * @example
 * // taskpane.html: <script src="quiet-office-telemetry.js"></script><script src="office-js/office.js"></script>
 */
import { silenceOfficeTelemetry } from "./silenceOfficeTelemetry";

silenceOfficeTelemetry();
