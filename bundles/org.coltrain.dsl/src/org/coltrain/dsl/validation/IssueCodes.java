package org.coltrain.dsl.validation;

/**
 * Every issue code of the ColTraIn editor checks, in one place: the validator raises them, quick fixes and tests
 * key on them, and {@code coltrain validate} prints them in brackets.
 */
public final class IssueCodes {

    private static final String PREFIX = "org.coltrain.";

    // syntax: an element without a part its grammar requires (raised by the parser, named by the message provider)
    public static final String MISSING_PART = PREFIX + "missingPart";

    // imports
    public static final String IMPORT_NOT_FOUND = PREFIX + "importNotFound";
    public static final String IMPORT_NOT_A_MODEL = PREFIX + "importNotAModel";
    public static final String GIVEN_TWICE = PREFIX + "givenTwice";

    // units and values
    public static final String WRONG_UNIT_DIMENSION = PREFIX + "wrongUnitDimension";
    public static final String MISSING_UNIT = PREFIX + "missingUnit";
    public static final String NON_POSITIVE = PREFIX + "nonPositive";
    public static final String UNKNOWN_SETTING = PREFIX + "unknownSetting";
    public static final String OUT_OF_RANGE = PREFIX + "outOfRange";

    // what every run needs
    public static final String EMPTY_WORKLOAD = PREFIX + "emptyWorkload";
    public static final String EMPTY_NETWORK = PREFIX + "emptyNetwork";
    public static final String RUN_TOO_LONG = PREFIX + "runTooLong";
    public static final String DUPLICATE_NAME = PREFIX + "duplicateName";

    // accelerator
    public static final String MISSING_ARRAY = PREFIX + "missingArray";
    public static final String MIXED_ARRAY_KINDS = PREFIX + "mixedArrayKinds";
    public static final String MISSING_DRAM = PREFIX + "missingDram";
    public static final String MISSING_INFERENCE_ENCODING = PREFIX + "missingInferenceEncoding";
    public static final String BUFFER_KIND_CONFLICT = PREFIX + "bufferKindConflict";
    public static final String HBFP_BITS_RANGE = PREFIX + "hbfpBitsRange";
    public static final String HBFP_BLOCK_RANGE = PREFIX + "hbfpBlockRange";
    public static final String HBFP_EXPONENT_RANGE = PREFIX + "hbfpExponentRange";
    public static final String FIXED_POINT_RANGE = PREFIX + "fixedPointRange";
    public static final String FIXED_POINT_TRAINING = PREFIX + "fixedPointTraining";

    // DRAM
    public static final String DRAM_KIND_UNKNOWN = PREFIX + "dramKindUnknown";
    public static final String DRAM_COUNT_UNIT = PREFIX + "dramCountUnit";
    public static final String DRAM_BANDWIDTH_MISSING = PREFIX + "dramBandwidthMissing";
    public static final String DRAM_POWER_ABOVE_CHIP = PREFIX + "dramPowerAboveChip";

    // network
    public static final String CHANNEL_MISMATCH = PREFIX + "channelMismatch";
    public static final String GROUPS_NOT_DIVIDING = PREFIX + "groupsNotDividing";
    public static final String EMPTY_OUTPUT = PREFIX + "emptyOutput";
    public static final String FROM_NOT_EARLIER = PREFIX + "fromNotEarlier";
    public static final String OPERAND_SHAPE_MISMATCH = PREFIX + "operandShapeMismatch";

    // fit between accelerator, network and workload
    public static final String WEIGHTS_DO_NOT_FIT_BUFFER = PREFIX + "weightsDoNotFitBuffer";
    public static final String WEIGHTS_EXCEED_DRAM = PREFIX + "weightsExceedDram";
    public static final String SLO_BELOW_BATCH1_LATENCY = PREFIX + "sloBelowBatch1Latency";
    public static final String ARRIVAL_ABOVE_CAPACITY = PREFIX + "arrivalAboveCapacity";
    public static final String NO_TRAINING_ENCODING = PREFIX + "noTrainingEncoding";

    // workload and experiment
    public static final String PERCENTILE_RANGE = PREFIX + "percentileRange";
    public static final String AMPLITUDE_RANGE = PREFIX + "amplitudeRange";
    public static final String TRACE_FILE_MISSING = PREFIX + "traceFileMissing";
    public static final String WARMUP_NOT_BELOW_DURATION = PREFIX + "warmupNotBelowDuration";
    public static final String SWEEP_PATH_UNKNOWN = PREFIX + "sweepPathUnknown";
    public static final String SWEEP_RANGE_EMPTY = PREFIX + "sweepRangeEmpty";
    public static final String SWEEP_VALUE_NOT_WHOLE = PREFIX + "sweepValueNotWhole";
    public static final String SWEEP_TOO_MANY_POINTS = PREFIX + "sweepTooManyPoints";
    public static final String POLICY_CLASS_NAME = PREFIX + "policyClassName";
    public static final String POLICY_SOURCE_MISSING = PREFIX + "policySourceMissing";

    // SuperNet serving (SUSHI)
    public static final String ELASTIC_CHOICES_ORDER = PREFIX + "elasticChoicesOrder";
    public static final String SUBNET_CHOICE_UNKNOWN = PREFIX + "subNetChoiceUnknown";
    public static final String ACCURACY_RANGE = PREFIX + "accuracyRange";
    public static final String TARGET_RANGE_EMPTY = PREFIX + "targetRangeEmpty";

    // heterogeneous mapping (ODiMO)
    public static final String SOC_ARRAY_COUNT = PREFIX + "socArrayCount";
    public static final String INT_WEIGHTS_RANGE = PREFIX + "intWeightsRange";
    public static final String MAPPING_BUDGET_RANGE = PREFIX + "mappingBudgetRange";
    public static final String MAPPING_LAYER_UNKNOWN = PREFIX + "mappingLayerUnknown";
    public static final String MAPPING_SPLIT_RANGE = PREFIX + "mappingSplitRange";
    public static final String MAPPING_NOTHING_TO_SPLIT = PREFIX + "mappingNothingToSplit";

    // cluster
    public static final String CLUSTER_MISSING_PART = PREFIX + "clusterMissingPart";
    public static final String STUDY_UNKNOWN_METRIC = PREFIX + "studyUnknownMetric";
    public static final String STUDY_MISSING_PART = PREFIX + "studyMissingPart";
    public static final String STUDY_VARIANT_WORKLOAD = PREFIX + "studyVariantWorkload";
    public static final String BALANCED_SERVICE_NOT_IN_WORKLOAD = PREFIX + "balancedServiceNotInWorkload";
    public static final String WORKERS_EXCEED_FLEET = PREFIX + "workersExceedFleet";

    // design exploration and the ranges of any design search
    public static final String EXPLORE_MISSING_PART = PREFIX + "exploreMissingPart";
    public static final String EXPLORE_NO_SERVICE = PREFIX + "exploreNoService";
    public static final String EXPLORE_OBJECTIVE_TWICE = PREFIX + "exploreObjectiveTwice";
    public static final String EXPLORE_TRAINING_LOAD = PREFIX + "exploreTrainingLoad";
    public static final String EXPLORE_STRATEGY_SIZE = PREFIX + "exploreStrategySize";
    public static final String EXPLORE_SEARCH_ROLES = PREFIX + "exploreSearchRoles";
    public static final String SEARCH_RANGE_VALUE = PREFIX + "searchRangeValue";
    public static final String SEARCH_NOTHING_FITS = PREFIX + "searchNothingFits";
    public static final String SEARCH_DRAM_TWICE = PREFIX + "searchDramTwice";
    // LLM serving
    public static final String HEADS_NOT_DIVIDING = PREFIX + "headsNotDividing";
    public static final String LLM_LENGTHS_MISSING = PREFIX + "llmLengthsMissing";
    public static final String LENGTH_RANGE_ORDER = PREFIX + "lengthRangeOrder";
    public static final String CO_LOCATION_SETTING = PREFIX + "coLocationSetting";

    private IssueCodes() {
    }
}
