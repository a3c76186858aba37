/**
 * Result tables with typed columns, and the file formats other than CSV they can be written in. A format lives in its
 * own jar outside the bundles (Parquet in engines/org.coltrain.spark) and is found through
 * {@link org.coltrain.sim.table.TableFormat} services only when that jar is on the class path.
 */
package org.coltrain.sim.table;
