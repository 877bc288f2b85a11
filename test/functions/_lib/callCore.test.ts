import { DomainError } from "../../../src/core/errors";
import { callCore } from "../../../src/functions/_lib/callCore";
import { optionalNumber } from "../../../src/functions/_lib/optionalNumber";

const misuse = () => new DomainError("BAD_ARGUMENT", "bins must be from 2 to 10", "分箱数必须在 2 到 10 之间");

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("callCore", () => {
  it("returns what the body returns", () => {
    expect(callCore(() => [[1, 2]])).toEqual([[1, 2]]);
  });

  it("turns a DomainError into #VALUE! with the English message by default", () => {
    const e = caught(() =>
      callCore(() => {
        throw misuse();
      }),
    );
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e).toMatchObject({ code: "#VALUE!", message: "bins must be from 2 to 10" });
  });

  it.each([
    { lang: "zh", why: "the language code" },
    { lang: "中文", why: "the language's own name" },
    { lang: [["ZH-CN"]], why: "a 1×1 range holding a locale tag" },
  ])("speaks Chinese when lang is $why", ({ lang }) => {
    const e = caught(() =>
      callCore(() => {
        throw misuse();
      }, lang),
    );
    expect(e).toMatchObject({ code: "#VALUE!", message: "分箱数必须在 2 到 10 之间" });
  });

  it("speaks English for a blank lang cell", () => {
    const e = caught(() =>
      callCore(() => {
        throw misuse();
      }, ""),
    );
    expect(e).toMatchObject({ message: "bins must be from 2 to 10" });
  });

  it("reports an unknown lang as #VALUE! without running the body", () => {
    const body = jest.fn(() => 1);
    const e = caught(() => callCore(body, "fr"));
    expect(e).toMatchObject({ code: "#VALUE!" });
    expect((e as Error).message).toContain('lang must be "en" or "zh"');
    expect(body).not.toHaveBeenCalled();
  });

  it.each([
    { thrown: new TypeError("x is undefined"), why: "a TypeError (a bug)" },
    { thrown: new RangeError("bad"), why: "a RangeError" },
    { thrown: "a string", why: "a thrown non-Error" },
  ])("rethrows $why unchanged, so a bug is not disguised as bad input", ({ thrown }) => {
    expect(
      caught(() =>
        callCore(() => {
          throw thrown;
        }),
      ),
    ).toBe(thrown);
  });

  it("keeps a CustomFunctions.Error the body throws on purpose", () => {
    const own = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no data");
    expect(
      caught(() =>
        callCore(() => {
          throw own;
        }),
      ),
    ).toBe(own);
  });

  it("translates a DomainError that rejects a returned promise", async () => {
    await expect(callCore(() => Promise.reject(misuse()), "zh")).rejects.toMatchObject({
      code: "#VALUE!",
      message: "分箱数必须在 2 到 10 之间",
    });
  });

  it("passes a resolved promise's value through and rethrows other rejections", async () => {
    await expect(callCore(() => Promise.resolve(7))).resolves.toBe(7);
    const bug = new TypeError("bug");
    await expect(callCore(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it("gives the documented example's result", () => {
    const e = caught(() => callCore(() => optionalNumber(11, "bins", 5, { max: 10 }), "zh"));
    expect(e).toMatchObject({ code: "#VALUE!", message: "bins 必须是不大于 10 的数字，当前为 11" });
  });
});
