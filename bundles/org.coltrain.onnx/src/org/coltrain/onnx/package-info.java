/**
 * ONNX import: an ONNX model's graph as a network of the simulator's layer kinds, with the shapes inferred node by
 * node (per sample, the batch dimension dropped). What it simplifies: batch normalization is folded into the
 * convolution or fully connected layer before it and activations into the layer that produces their input, as
 * inference accelerators do (their cost is not modelled); Flatten, Reshape, Concat, Identity and Dropout only
 * change the layout. Weight values are never read, only their shapes. An operator or attribute the language
 * cannot express is reported with the node that uses it, and nothing is imported.
 */
package org.coltrain.onnx;
