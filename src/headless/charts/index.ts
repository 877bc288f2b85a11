/** Native charts in .xlsx packages, for the sheets the add-in writes. */
export { addChartsToPackage, addChartsToXlsx, type SheetCharts } from "./addChartsToXlsx";
export { chartPartXml, type CellLookup } from "./chartPartXml";
export { drawingPartXml, type DrawingChart } from "./drawingPartXml";
export { xmlText } from "./xmlText";
