package org.coltrain.sim.llm;

import java.util.SplittableRandom;

/** How long a request's prompt and output are (in tokens): one implementation per distribution. */
public sealed interface RequestLengths extends java.io.Serializable
        permits RequestLengths.Fixed, RequestLengths.Uniform, RequestLengths.Trace {

    /** The prompt and output lengths of the next request, drawn from {@code rng} only. */
    int[] draw(SplittableRandom rng);

    /** Every request has the same lengths. */
    record Fixed(int prompt, int output) implements RequestLengths {
        public Fixed {
            if (prompt < 1 || output < 1) throw new IllegalArgumentException("prompt and output need at least one token");
        }

        @Override public int[] draw(SplittableRandom rng) { return new int[] { prompt, output }; }
    }

    /** Prompt and output independently uniform over the inclusive ranges. */
    record Uniform(int promptMin, int promptMax, int outputMin, int outputMax) implements RequestLengths {
        public Uniform {
            if (promptMin < 1 || outputMin < 1 || promptMax < promptMin || outputMax < outputMin)
                throw new IllegalArgumentException("length ranges must be non-empty and start at 1 or more");
        }

        @Override public int[] draw(SplittableRandom rng) {
            return new int[] { rng.nextInt(promptMin, promptMax + 1), rng.nextInt(outputMin, outputMax + 1) };
        }
    }

    /**
     * (prompt, output) pairs of a trace, drawn uniformly with replacement, as the vLLM evaluation samples ShareGPT and
     * Alpaca (Kwon et al. 2023, Section 6.1).
     */
    record Trace(String source, int[] prompts, int[] outputs) implements RequestLengths {
        public Trace {
            if (prompts.length == 0 || prompts.length != outputs.length)
                throw new IllegalArgumentException(source + ": a length trace needs equal, non-empty columns");
            prompts = prompts.clone();
            outputs = outputs.clone();
        }

        @Override public int[] draw(SplittableRandom rng) {
            int i = rng.nextInt(prompts.length);
            return new int[] { prompts[i], outputs[i] };
        }
    }
}
