package org.coltrain.sim.llm;

/**
 * The KV cache as vLLM pages it (Kwon et al., SOSP 2023, Section 4.2): fixed blocks of {@code blockTokens} tokens'
 * keys and values, any free block usable by any sequence, so a sequence of L cached tokens holds exactly
 * ceil(L / blockTokens) blocks and the only waste is its last block's unused slots. This class counts blocks; which
 * sequence holds how many is the serving loop's.
 */
public final class PagedKvCache {

    /** vLLM's default block size (Kwon et al. 2023, Section 7.2: 16 tokens balances waste and kernel efficiency). */
    public static final int VLLM_BLOCK_TOKENS = 16;

    private final int blockTokens;
    private final long totalBlocks;
    private long usedBlocks;

    public PagedKvCache(int blockTokens, long totalBlocks) {
        if (blockTokens < 1 || totalBlocks < 0) throw new IllegalArgumentException("invalid KV cache geometry");
        this.blockTokens = blockTokens;
        this.totalBlocks = totalBlocks;
    }

    /**
     * The cache that fits in an accelerator's DRAM after the serving weights and {@code reservedBytes} (a
     * co-located training job): floor(free bytes / block bytes) blocks, a block being blockTokens x the shape's KV
     * elements per token at the inference encoding's storage width.
     *
     * @throws IllegalArgumentException naming both sizes when the weights alone do not fit
     */
    public static PagedKvCache inDram(MemoryBudget budget, int blockTokens) {
        return new PagedKvCache(blockTokens, budget.kvBlocks(blockTokens));
    }

    public int blockTokens() { return blockTokens; }

    public long totalBlocks() { return totalBlocks; }

    public long usedBlocks() { return usedBlocks; }

    public long freeBlocks() { return totalBlocks - usedBlocks; }

    /** Blocks a sequence of {@code tokens} cached tokens holds: ceil(tokens / blockTokens). */
    public long blocksFor(long tokens) { return (tokens + blockTokens - 1) / blockTokens; }

    /** Takes {@code blocks} if that many are free; false (and nothing taken) otherwise. */
    public boolean allocate(long blocks) {
        if (blocks > freeBlocks()) return false;
        usedBlocks += blocks;
        return true;
    }

    public void release(long blocks) {
        if (blocks > usedBlocks) throw new IllegalStateException("releasing " + blocks + " blocks, " + usedBlocks + " in use");
        usedBlocks -= blocks;
    }

    /** Used fraction of the blocks (0 when the cache is empty of blocks). */
    public double occupancy() { return totalBlocks == 0 ? 0 : (double) usedBlocks / totalBlocks; }
}
