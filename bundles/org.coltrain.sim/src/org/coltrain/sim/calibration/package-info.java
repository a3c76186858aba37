/**
 * The cost model's parameters that have no primary source, declared as data, and the model judged against
 * published figures.
 *
 * <p>{@link org.coltrain.sim.calibration.Calibrations#ALL} lists each such parameter with its value, its bounds and
 * where each bound comes from, and, for the one parameter chosen with a published figure in view, that figure and
 * the configuration it was chosen on. {@link org.coltrain.sim.calibration.Comparisons#all} computes the residuals:
 * the fitted figures, the held-out figures the model was not fitted to, and predictions for which no published
 * figure exists. {@link org.coltrain.sim.calibration.Calibrations#dependsOn} names the calibrations that the area,
 * power and energy of an accelerator depend on ({@code coltrain calibrations}, {@code results.json}'s
 * {@code depends_on}). The ids are stable: other tables (claims) refer to them.
 */
package org.coltrain.sim.calibration;
