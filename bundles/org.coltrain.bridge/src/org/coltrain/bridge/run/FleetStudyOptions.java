package org.coltrain.bridge.run;

import java.util.List;

/**
 * A cluster run's setting: the time buckets of its series, and the studies to run after it on copies of the
 * cluster (each for {@code studyDurationS}, a tenth of it warm-up; null: the cluster's own duration).
 *
 * @param scaling            fleet sizes of the training scaling study (empty: none)
 * @param policies           every load balancer at every {@code loads} factor
 * @param gradientEncodings  names of gradient encodings to run the job with (fp32, bf16, fp16, hbfp8, ...)
 * @param gradientAccuracy   also train the digits MLP with each gradient encoding (the numerics harness)
 */
public record FleetStudyOptions(int buckets, List<Integer> scaling, boolean policies, List<Double> loads,
        List<String> gradientEncodings, Double studyDurationS, boolean gradientAccuracy) {

    /** 60 buckets, no studies: what {@code coltrain run} does with a cluster. */
    public static final FleetStudyOptions NONE = new FleetStudyOptions(60, List.of(), false, List.of(0.5, 0.75, 1.0, 1.25),
            List.of(), null, false);

    public FleetStudyOptions {
        scaling = List.copyOf(scaling);
        loads = List.copyOf(loads);
        gradientEncodings = List.copyOf(gradientEncodings);
        if (buckets < 1) throw new IllegalArgumentException("need at least one time bucket, was " + buckets);
        if (studyDurationS != null && !(studyDurationS > 0))
            throw new IllegalArgumentException("the study duration must be above 0 s, was " + studyDurationS);
    }
}
