package org.coltrain.dsl.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.coltrain.bridge.ModelToExplore;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.DesignSearch;
import org.coltrain.model.Dram;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.ExploreStrategy;
import org.coltrain.sim.dse.Candidates;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Checks of a design exploration and of the ranges of any design search: the parts it needs, its objectives, its
 * strategy's sizes, count and clock values, DRAMs listed once, and an envelope that at least one candidate fits.
 */
public class ExploreValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkRequiredParts(Explore e) {
        if (e.getSearch() == null)
            missing(e, "search", "'search within area 200 mm2 power 75 W { template MyChip rows 128 cols 128 buffers "
                    + "16 MiB encodings hbfp 8 }'", ColtrainPackage.Literals.EXPLORE__SEARCH);
        if (e.getWorkload() == null)
            missing(e, "workload", "'workload MyWorkload'", ColtrainPackage.Literals.EXPLORE__WORKLOAD);
        else if (!e.getWorkload().eIsProxy() && e.getWorkload().getServices().isEmpty())
            error("explore '" + e.getName() + "' measures the first service of workload '" + e.getWorkload().getName()
                    + "', which has none; add a 'service' to the workload", e, ColtrainPackage.Literals.EXPLORE__WORKLOAD,
                    IssueCodes.EXPLORE_NO_SERVICE);
        if (e.getObjectives().isEmpty())
            missing(e, "objectives", "'objectives capacity, energy, area, power'", ColtrainPackage.Literals.EXPLORE__OBJECTIVES);
    }

    @Check
    public void checkObjectivesOnce(Explore e) {
        Set<ExploreObjective> seen = new HashSet<>();
        for (int i = 0; i < e.getObjectives().size(); i++)
            if (!seen.add(e.getObjectives().get(i)))
                error("objective '" + e.getObjectives().get(i).getLiteral() + "' is listed twice; remove one",
                        e, ColtrainPackage.Literals.EXPLORE__OBJECTIVES, i, IssueCodes.EXPLORE_OBJECTIVE_TWICE);
    }

    /** The training objective needs a load to measure at and a training job to co-locate; a load alone is unused. */
    @Check
    public void checkTrainingObjective(Explore e) {
        boolean wanted = e.getObjectives().contains(ExploreObjective.TRAINING);
        if (wanted && !e.isSetTrainingLoadHz())
            error("the training objective is measured at a stated inference load; add e.g. 'training at 1000 /s'", e,
                    ColtrainPackage.Literals.EXPLORE__OBJECTIVES, IssueCodes.EXPLORE_TRAINING_LOAD);
        else if (!wanted && e.isSetTrainingLoadHz())
            warning("'training at' is used only by the training objective; add 'training' to the objectives or remove it",
                    e, ColtrainPackage.Literals.EXPLORE__TRAINING_LOAD_HZ, IssueCodes.EXPLORE_TRAINING_LOAD);
        if (wanted && e.getWorkload() != null && !e.getWorkload().eIsProxy() && e.getWorkload().getTrainingJobs().isEmpty())
            error("the training objective co-locates the workload's first training job, and workload '"
                    + e.getWorkload().getName() + "' has none; add a 'training' job to it", e,
                    ColtrainPackage.Literals.EXPLORE__WORKLOAD, IssueCodes.EXPLORE_TRAINING_LOAD);
    }

    @Check
    public void checkStrategySizes(Explore e) {
        if (e.getStrategy() == ExploreStrategy.NSGA2 && e.getPopulation() < 2)
            error("NSGA-II needs a population of at least 2 to select and cross over; write e.g. 'population 16'", e,
                    ColtrainPackage.Literals.EXPLORE__POPULATION, IssueCodes.EXPLORE_STRATEGY_SIZE);
        if (e.getStrategy() == ExploreStrategy.RANDOM && e.getSamples() < 1)
            error("a random search needs at least 1 sample; write e.g. 'strategy random 40'", e,
                    ColtrainPackage.Literals.EXPLORE__SAMPLES, IssueCodes.EXPLORE_STRATEGY_SIZE);
    }

    /** A search's roles pick a study's designs; an exploration reports a front, not one design per role. */
    @Check
    public void checkNoRoles(Explore e) {
        if (e.getSearch() != null && !e.getSearch().getRoles().isEmpty())
            error("an explore reports the Pareto front, not one design per role; remove the 'role' lines from its search",
                    e.getSearch(), ColtrainPackage.Literals.DESIGN_SEARCH__ROLES, IssueCodes.EXPLORE_SEARCH_ROLES);
    }

    @Check
    public void checkCountsAndClocks(DesignSearch s) {
        for (int i = 0; i < s.getCounts().size(); i++)
            if (s.getCounts().get(i) < 1)
                error("an array count must be at least 1; write e.g. 'counts 1, 2'", s, ColtrainPackage.Literals.DESIGN_SEARCH__COUNTS, i,
                        IssueCodes.SEARCH_RANGE_VALUE);
        for (int i = 0; i < s.getClocksHz().size(); i++)
            // a negative clock is reported as out of range by the run preconditions
            if (s.getClocksHz().get(i) == 0)
                error("a clock must be above 0 Hz; write e.g. '700 MHz'", s, ColtrainPackage.Literals.DESIGN_SEARCH__CLOCKS_HZ,
                        i, IssueCodes.SEARCH_RANGE_VALUE);
    }

    /** Each DRAM of a search's range counts once: a repeat would enumerate the same candidates twice. */
    @Check
    public void checkDramsOnce(DesignSearch s) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.getDrams().size(); i++) {
            Dram d = s.getDrams().get(i);
            String written = d.getKind() + " " + d.getCountUnit() + " " + d.getCount();
            if (!seen.add(d.getKind() + " " + d.getCount()))
                error("the drams range lists '" + written + "' twice; remove one", s,
                        ColtrainPackage.Literals.DESIGN_SEARCH__DRAMS, i, IssueCodes.SEARCH_DRAM_TWICE);
        }
    }

    /** An envelope no candidate fits leaves nothing to search (a warning: the run says so too). */
    @Check
    public void checkSomeCandidateFits(DesignSearch s) {
        if (s.getTemplate() == null || s.getTemplate().eIsProxy() || !s.isSetAreaM2() || !s.isSetPowerW()
                || !(s.getAreaM2() > 0) || !(s.getPowerW() > 0) || s.getEncodings().isEmpty()) return;
        int fits;
        int size;
        try {
            var space = ModelToExplore.space(s);
            size = space.size();
            fits = Candidates.enumerate(ModelToExplore.template(s), space, ModelToExplore.envelope(s)).size();
        } catch (RuntimeException ex) {
            return; // another check reports what is wrong with the template or a range
        }
        if (fits == 0)
            warning(String.format(Locale.ROOT, "none of the %d combinations of this search fits within %s mm2 and %s W; "
                    + "raise the envelope or try smaller arrays, fewer arrays or lower clocks", size,
                    trim(s.getAreaM2() * 1e6), trim(s.getPowerW())), s, ColtrainPackage.Literals.DESIGN_SEARCH__AREA_M2,
                    IssueCodes.SEARCH_NOTHING_FITS);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private void missing(Explore e, String part, String example, EStructuralFeature feature) {
        error("explore '" + e.getName() + "' has no " + part + "; add " + example, e, ColtrainPackage.Literals.ELEMENT__NAME,
                IssueCodes.EXPLORE_MISSING_PART, feature.getName());
    }
}
