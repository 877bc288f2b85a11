/** The Office add-in house style, with the line width and trailing commas this code base is written in. */
module.exports = {
  ...require("office-addin-prettier-config"),
  printWidth: 120,
  trailingComma: "all",
};
