package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.dsl.validation.IssueCodes;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.ExploreStrategy;
import org.junit.jupiter.api.Test;

/** The explore element and the count/clock ranges of a search: both sides of each check. */
class ExploreRulesTest extends RuleTestSupport {

    // 10 mm2 and 5 W hold several 16x16 arrays of Chip (its one array is well under 1 mm2 and 1 W)
    private static final String EXPLORE = CHIP + MLP + LOAD + """
            explore Designs {
            	search within area 10 mm2 power 5 W {
            		template Chip
            		rows 16, 32
            		cols 16
            		buffers 192 KiB
            		encodings hbfp 8
            		counts 1, 2
            		clocks 500 MHz, 1 GHz
            	}
            	workload Load
            	scheduler adaptive
            	objectives capacity, energy, area, power
            	strategy nsga2 population 4 generations 2
            	seed 7
            }
            """;

    @Test
    void aCompleteExploreValidatesAndReadsAsWritten() {
        assertClean(EXPLORE, IssueCodes.EXPLORE_MISSING_PART);
        Explore e = (Explore) parse(EXPLORE).getElements().get(3);
        assertEquals(List.of(1, 2), e.getSearch().getCounts());
        assertEquals(List.of(500e6, 1e9), e.getSearch().getClocksHz());
        assertEquals(List.of(ExploreObjective.CAPACITY, ExploreObjective.ENERGY, ExploreObjective.AREA,
                ExploreObjective.POWER), e.getObjectives());
        assertEquals(ExploreStrategy.NSGA2, e.getStrategy());
        assertEquals(4, e.getPopulation());
        assertEquals(7, e.getSeed());
    }

    @Test
    void gridAndRandomStrategiesParse() {
        assertClean(EXPLORE.replace("strategy nsga2 population 4 generations 2", "strategy grid"), IssueCodes.EXPLORE_STRATEGY_SIZE);
        assertClean(EXPLORE.replace("strategy nsga2 population 4 generations 2", "strategy random 3"), IssueCodes.EXPLORE_STRATEGY_SIZE);
    }

    @Test
    void exploreNeedsObjectives() {
        assertOnlyError(EXPLORE.replace("\tobjectives capacity, energy, area, power\n", ""),
                ColtrainPackage.Literals.EXPLORE, IssueCodes.EXPLORE_MISSING_PART);
    }

    @Test
    void exploreNeedsAWorkload() {
        assertOnlyError(EXPLORE.replace("\tworkload Load\n", ""), ColtrainPackage.Literals.EXPLORE,
                IssueCodes.EXPLORE_MISSING_PART);
    }

    @Test
    void anObjectiveIsListedOnce() {
        assertOnlyError(EXPLORE.replace("objectives capacity, energy,", "objectives capacity, energy, capacity,"),
                ColtrainPackage.Literals.EXPLORE, IssueCodes.EXPLORE_OBJECTIVE_TWICE);
    }

    @Test
    void nsga2NeedsAPopulationOfTwo() {
        assertOnlyError(EXPLORE.replace("population 4", "population 1"), ColtrainPackage.Literals.EXPLORE,
                IssueCodes.EXPLORE_STRATEGY_SIZE);
        assertClean(EXPLORE.replace("population 4", "population 2"), IssueCodes.EXPLORE_STRATEGY_SIZE);
    }

    @Test
    void randomNeedsASample() {
        assertOnlyError(EXPLORE.replace("strategy nsga2 population 4 generations 2", "strategy random 0"),
                ColtrainPackage.Literals.EXPLORE, IssueCodes.EXPLORE_STRATEGY_SIZE);
    }

    @Test
    void theTrainingObjectiveNeedsALoad() {
        String training = EXPLORE.replace("objectives capacity,", "objectives capacity, training,");
        assertOnlyError(training, ColtrainPackage.Literals.EXPLORE, IssueCodes.EXPLORE_TRAINING_LOAD);
        assertClean(training.replace("\tseed 7\n", "\ttraining at 500 /s\n\tseed 7\n"), IssueCodes.EXPLORE_TRAINING_LOAD);
    }

    @Test
    void aTrainingLoadWithoutTheTrainingObjectiveIsUnused() {
        assertOnlyWarning(EXPLORE.replace("\tseed 7\n", "\ttraining at 500 /s\n\tseed 7\n"),
                ColtrainPackage.Literals.EXPLORE, IssueCodes.EXPLORE_TRAINING_LOAD);
    }

    @Test
    void anExploreSearchHasNoRoles() {
        assertOnlyError(EXPLORE.replace("\t\tclocks 500 MHz, 1 GHz\n", "\t\tclocks 500 MHz, 1 GHz\n\t\trole fast scheduler fifo\n"),
                ColtrainPackage.Literals.DESIGN_SEARCH, IssueCodes.EXPLORE_SEARCH_ROLES);
    }

    @Test
    void countsAndClocksArePositive() {
        assertOnlyError(EXPLORE.replace("counts 1, 2", "counts 0, 2"), ColtrainPackage.Literals.DESIGN_SEARCH,
                IssueCodes.SEARCH_RANGE_VALUE);
        assertOnlyError(EXPLORE.replace("clocks 500 MHz", "clocks 0 MHz"), ColtrainPackage.Literals.DESIGN_SEARCH,
                IssueCodes.SEARCH_RANGE_VALUE);
    }

    private static final String DRAMS = EXPLORE.replace("\t\tclocks 500 MHz, 1 GHz\n",
            "\t\tclocks 500 MHz, 1 GHz\n\t\tdrams hbm2 stacks 2, ddr4 channels 8\n");

    @Test
    void aDramsRangeReadsAsWrittenAndIsOneRangeOfTheSpace() {
        assertClean(DRAMS, IssueCodes.SEARCH_DRAM_TWICE);
        assertClean(DRAMS, IssueCodes.DRAM_KIND_UNKNOWN);
        Explore e = (Explore) parse(DRAMS).getElements().get(3);
        assertEquals(List.of("hbm2 stacks 2", "ddr4 channels 8"), e.getSearch().getDrams().stream()
                .map(d -> d.getKind() + " " + d.getCountUnit() + " " + d.getCount()).toList());
        var space = org.coltrain.bridge.ModelToExplore.space(e.getSearch());
        // rows 2 x cols 1 x dataflows 3 (none listed: all) x buffers 1 x encodings 1 x counts 2 x clocks 2 x drams 2
        assertEquals(2 * 3 * 2 * 2 * 2, space.size());
        assertEquals(List.of("hbm2-2stacks", "ddr4-8channels"), space.drams().stream().map(d -> d.label()).toList());
        // without the range the canonical text has no drams part (the shipped caches' keys)
        assertEquals(false, org.coltrain.bridge.ModelToExplore.space(((Explore) parse(EXPLORE).getElements().get(3))
                .getSearch()).canonical().contains("drams"));
    }

    @Test
    void aDramIsListedOnce() {
        assertOnlyError(DRAMS.replace("ddr4 channels 8", "ddr4 channels 8, hbm2 stacks 2"),
                ColtrainPackage.Literals.DESIGN_SEARCH, IssueCodes.SEARCH_DRAM_TWICE);
        // the same kind with another count is another DRAM
        assertClean(DRAMS.replace("ddr4 channels 8", "ddr4 channels 8, hbm2 stacks 4"), IssueCodes.SEARCH_DRAM_TWICE);
    }

    @Test
    void aDramOfTheRangeHasAKnownKindCountedInItsOwnUnit() {
        assertOnlyError(DRAMS.replace("hbm2 stacks 2", "hbm9 stacks 2"), ColtrainPackage.Literals.DRAM,
                IssueCodes.DRAM_KIND_UNKNOWN);
        assertOnlyError(DRAMS.replace("hbm2 stacks 2", "hbm2 channels 2"), ColtrainPackage.Literals.DRAM,
                IssueCodes.DRAM_COUNT_UNIT);
    }

    @Test
    void anEnvelopeThatNoCandidateFitsIsAWarning() {
        // 0.001 mm2 is far below one 16x16 array of Chip
        assertOnlyWarning(EXPLORE.replace("area 10 mm2", "area 0.001 mm2"), ColtrainPackage.Literals.DESIGN_SEARCH,
                IssueCodes.SEARCH_NOTHING_FITS);
    }

    @Test
    void exploreWordsStayNames() {
        String names = DRAMS.replace("network Mlp", "network strategy").replace("\tnetwork Mlp\n", "\tnetwork strategy\n")
                .replace("dense fc1", "dense population").replace("dense fc2", "dense drams");
        assertClean(names, IssueCodes.EXPLORE_MISSING_PART);
    }
}
