/**
 * Recalculates what the add-in's writes made dirty, after batches that suspended calculation
 * (`suspendApiCalculationUntilNextSync` leaves recalculation to the caller). A workbook in manual
 * calculation mode is left alone: the person chose when it calculates.
 *
 * @param context - the request context
 * @returns whether a recalculation was asked for
 *
 * @example
 * await recalculate(context) // => true (automatic calculation)
 */
export async function recalculate(context: Excel.RequestContext): Promise<boolean> {
  const application = context.application;
  application.load("calculationMode");
  await context.sync();
  if (application.calculationMode === "Manual") return false;
  application.calculate("Recalculate");
  await context.sync();
  return true;
}
