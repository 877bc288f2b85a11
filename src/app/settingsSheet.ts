/**
 * The sheet that keeps the add-in's settings inside the workbook, in every host: very hidden,
 * one row per setting (`key | value as JSON`) under a header row, so a file processed by the command
 * line shows the same settings in Excel, and anyone who unhides it can read them.
 */
export const SETTINGS_SHEET = "CDP_Settings";
