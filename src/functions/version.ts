/**
 * The add-in's version, `package.json`'s `version`: webpack's DefinePlugin writes it into the bundle
 * at build time (and jest's `globals` in tests), so it cannot drift from the package.
 */
declare const __CDP_VERSION__: string;

/**
 * The version of the CDP add-in in use. CDP 加载项的版本号。
 * @customfunction VERSION
 * @returns The add-in version.
 */
export function version(): string {
  return __CDP_VERSION__;
}
