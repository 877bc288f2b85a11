/** `package.json`'s version, written into the bundle by webpack's DefinePlugin (jest's `globals` in tests). */
declare const __CDP_VERSION__: string;

/** The add-in's version, as shown in the task pane. */
export const addinVersion: string = __CDP_VERSION__;
