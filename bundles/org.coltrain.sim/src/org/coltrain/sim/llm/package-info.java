/**
 * LLM serving with co-located training: decoder-only transformers ({@link org.coltrain.sim.llm.TransformerShape})
 * lowered per phase to the array's GEMMs and vector work ({@link org.coltrain.sim.llm.TransformerLowering}: prefill
 * over a prompt, decode of one token per sequence against a KV cache), timed per iteration by the existing timing
 * model ({@link org.coltrain.sim.llm.StepTimer}); weights and a paged KV cache in the accelerator's DRAM
 * ({@link org.coltrain.sim.llm.PagedKvCache}); an iteration-level serving loop on the shared event queue
 * ({@link org.coltrain.sim.llm.LlmServingRun}) with static, continuous and chunked-prefill batching and a fine-tuning
 * job in the idle time, preemptible at layer boundaries (Equinox's co-location applied to LLM serving), optionally
 * also packed beside memory-bound iterations ({@link org.coltrain.sim.llm.OverlappedCoLocation}, an optimistic
 * bound), with a switch cost from training back to serving.
 */
package org.coltrain.sim.llm;
