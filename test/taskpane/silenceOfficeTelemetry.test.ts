import { silenceOfficeTelemetry } from "../../src/taskpane/silenceOfficeTelemetry";

type Scope = { Logger?: { ulsEndpoint?: unknown; [key: string]: unknown } };

/**
 * The shape of office.js's plain-browser logger (o15apptofilemappingtable.js): a namespace reused
 * from the global `Logger`, and an endpoint whose constructor frames the telemetry page 3 s later.
 */
function loadOfficeLogger(scope: Scope): void {
  class UlsEndpoint {
    proxyFrame: HTMLIFrameElement | null = null;
    constructor() {
      setTimeout(() => this.loadProxyFrame(), 3000);
    }
    loadProxyFrame(): void {
      if (this.proxyFrame !== null) return;
      this.proxyFrame = document.createElement("iframe");
      this.proxyFrame.setAttribute("src", "https://telemetry.invalid/proxy.html");
      document.head.appendChild(this.proxyFrame);
    }
  }
  const logger = scope.Logger || (scope.Logger = {});
  logger.ulsEndpoint = new UlsEndpoint();
}

const frames = () => document.querySelectorAll("iframe").length;

beforeEach(() => {
  jest.useFakeTimers();
  document.head.innerHTML = "";
});

afterEach(() => {
  jest.useRealTimers();
});

describe("silenceOfficeTelemetry", () => {
  it("gives the documented example's result: a stored endpoint's loadProxyFrame adds no frame", () => {
    const scope: Scope = {};
    silenceOfficeTelemetry(scope);
    const frame = document.createElement("iframe");
    scope.Logger!.ulsEndpoint = { loadProxyFrame: () => document.head.append(frame) };
    expect((scope.Logger!.ulsEndpoint as { loadProxyFrame: () => void }).loadProxyFrame()).toBeUndefined();
    expect(frames()).toBe(0);
  });

  it("without it, office.js's logger frames the telemetry page after 3 seconds (the behaviour it stops)", () => {
    loadOfficeLogger({});
    jest.advanceTimersByTime(3000);
    expect(frames()).toBe(1);
  });

  it("stops the frame when it runs before office.js's logger loads", () => {
    const scope: Scope = {};
    silenceOfficeTelemetry(scope);
    loadOfficeLogger(scope);
    jest.advanceTimersByTime(10_000);
    expect(frames()).toBe(0);
  });

  it("stops the frame when it runs after the logger loaded but before its timer fired", () => {
    const scope: Scope = {};
    loadOfficeLogger(scope);
    jest.advanceTimersByTime(2999);
    silenceOfficeTelemetry(scope);
    jest.advanceTimersByTime(10_000);
    expect(frames()).toBe(0);
  });

  it("removes a frame the logger had already added", () => {
    const scope: Scope = {};
    loadOfficeLogger(scope);
    jest.advanceTimersByTime(3000);
    silenceOfficeTelemetry(scope);
    expect(frames()).toBe(0);
  });

  it("keeps the rest of the Logger namespace and can be called twice", () => {
    const sendLog = jest.fn();
    const scope: Scope = { Logger: { sendLog } };
    silenceOfficeTelemetry(scope);
    silenceOfficeTelemetry(scope);
    loadOfficeLogger(scope);
    jest.advanceTimersByTime(3000);
    expect(scope.Logger!.sendLog).toBe(sendLog);
    expect(frames()).toBe(0);
  });

  it.each([null, undefined, 42, "endpoint"])("stores %p as it is", (value) => {
    const scope: Scope = {};
    silenceOfficeTelemetry(scope);
    scope.Logger!.ulsEndpoint = value;
    expect(scope.Logger!.ulsEndpoint).toBe(value);
  });

  it("quiets the current endpoint of a Logger whose ulsEndpoint cannot be redefined, without throwing", () => {
    const endpoint = { loadProxyFrame: () => document.head.append(document.createElement("iframe")) };
    const scope: Scope = { Logger: {} };
    Object.defineProperty(scope.Logger, "ulsEndpoint", { value: endpoint, writable: false, configurable: false });
    expect(() => silenceOfficeTelemetry(scope)).not.toThrow();
    endpoint.loadProxyFrame();
    expect(frames()).toBe(0);
  });

  it("works on the page's global object by default", () => {
    const global = globalThis as Scope;
    const before = global.Logger;
    try {
      delete global.Logger;
      silenceOfficeTelemetry();
      loadOfficeLogger(global);
      jest.advanceTimersByTime(3000);
      expect(frames()).toBe(0);
    } finally {
      if (before === undefined) delete global.Logger;
      else global.Logger = before;
    }
  });
});
