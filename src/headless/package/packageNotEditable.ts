/**
 * A package the in-place editor does not change, because it holds a form the editor does not read
 * (cells without references, prefixed main namespaces, a missing part). The caller then writes the
 * whole workbook anew instead: slower, never wrong.
 */
export class PackageNotEditable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PackageNotEditable";
    Object.setPrototypeOf(this, PackageNotEditable.prototype);
  }
}
