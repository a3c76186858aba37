package org.coltrain.sim.serve;

import java.util.ArrayList;
import java.util.List;
import org.coltrain.sim.serve.engine.AcceleratorNode;
import org.coltrain.sim.serve.engine.Event;
import org.coltrain.sim.serve.engine.EventLoop;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.LocalJob;
import org.coltrain.sim.serve.engine.NodeListener;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.serve.engine.ServiceLedger;
import org.coltrain.sim.serve.engine.TrainingGate;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.metrics.AcceleratorMetrics;
import org.coltrain.sim.serve.metrics.ScheduleTraceRecorder;
import org.coltrain.sim.serve.metrics.ServiceMetrics;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.TrainingMetrics;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.ScheduleTrace;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;
import org.coltrain.sim.serve.sched.ServiceTarget;

/**
 * One run of the serving simulation: the services' arrivals and one {@link AcceleratorNode}, which arbitrates
 * between inference and the local training jobs (its class comment lists the simplifications). Every inference
 * service outranks every training job. A fleet of one accelerator runs the same node.
 */
final class ServingRun implements EventLoop.Handler {

    private final ServingConfig config;
    private final EventQueue events = new EventQueue();
    private final Window window;
    private final TimeSeriesRecorder series;
    private final AcceleratorMetrics accelerator;
    private final ScheduleTraceRecorder trace; // null when tracing is off
    private final ServiceLedger[] ledgers;
    private final ArrivalStream[] arrivals;
    private final Event.Arrival[] arrivalEvents;
    private final LocalJob[] jobs;
    private final AcceleratorNode node;

    ServingRun(ServingConfig config) {
        this.config = config;
        this.window = new Window(config.warmupNs(), config.durationNs());
        int n = config.services().size();
        this.series = new TimeSeriesRecorder(window, config.effectiveBucketNs(), n);
        this.accelerator = new AcceleratorMetrics(window, series);
        this.trace = config.traceIntervals() > 0 ? new ScheduleTraceRecorder(window, config.traceIntervals()) : null;
        RandomStreams streams = new RandomStreams(config.seed());
        ledgers = new ServiceLedger[n];
        arrivals = new ArrivalStream[n];
        arrivalEvents = new Event.Arrival[n];
        ServiceTarget[] targets = new ServiceTarget[n];
        int[] capacities = new int[n];
        for (int s = 0; s < n; s++) {
            ServiceSpec spec = config.services().get(s);
            ledgers[s] = new ServiceLedger(new ServiceMetrics(s, window, spec.sloLatencyNs(), spec.maxBatch(),
                    spec.queueCapacity(), series), spec.serviceTime(), streams.forSource(spec.name(), "service-time"));
            arrivals[s] = spec.arrivals().open(streams.forSource(spec.name(), "arrivals"));
            arrivalEvents[s] = new Event.Arrival(s);
            targets[s] = spec.target();
            capacities[s] = spec.queueCapacity();
        }
        jobs = new LocalJob[config.trainingJobs().size()];
        for (int j = 0; j < jobs.length; j++) {
            TrainingJobSpec job = config.trainingJobs().get(j);
            jobs[j] = new LocalJob(j, job.priority(), job.profile(), new TrainingMetrics(window, series));
        }
        node = new AcceleratorNode(0, targets, ledgers, capacities, config.scheduler(), config.preemptionCostNs(), jobs,
                TrainingGate.LOCAL, events, accelerator, trace, NodeListener.NONE);
    }

    SimulationResult run(ProgressListener listener) {
        for (int s = 0; s < arrivals.length; s++) scheduleNextArrival(s, 0);
        node.start(0);
        long count = EventLoop.run(events, config.durationNs(), this, listener);
        node.finish(config.durationNs());
        for (ServiceLedger l : ledgers) l.level(config.durationNs());
        return result(count);
    }

    @Override
    public void handle(Event event, long nowNs) {
        switch (event) {
            case Event.Arrival a -> {
                node.arrival(a.service(), nowNs);
                scheduleNextArrival(a.service(), nowNs);
            }
            case Event.Wake w -> node.wake(w.service(), nowNs);
            case Event.WorkDone d -> node.workDone(d, nowNs);
            case Event.ReduceDone r -> throw new IllegalStateException("a serving run has no all-reduce");
        }
    }

    private void scheduleNextArrival(int s, long nowNs) {
        long t = arrivals[s].nextNs();
        if (t != ArrivalStream.NO_MORE && t < config.durationNs()) events.push(Math.max(t, nowNs), arrivalEvents[s]);
    }

    private SimulationResult result(long eventCount) {
        List<ServiceResult> serviceResults = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < ledgers.length; s++) {
            ServiceSpec spec = config.services().get(s);
            serviceResults.add(ledgers[s].metrics().toResult(spec.name(), spec.sloPercentile(), ledgers[s].accounting()));
            names.add(spec.name());
        }
        List<TrainingResult> trainingResults = new ArrayList<>();
        List<String> jobNames = new ArrayList<>();
        for (int j = 0; j < jobs.length; j++) {
            TrainingJobSpec spec = config.trainingJobs().get(j);
            trainingResults.add(jobs[j].metrics().toResult(spec.name(), spec.profile().batch(), spec.dedicatedSamplesPerS()));
            jobNames.add(spec.name());
        }
        double energyJ = accelerator.energyJ(config.idlePowerW());
        return new SimulationResult(config.experiment(), config.seed(), config.scheduler().name(), config.durationNs() / 1e9,
                window.lengthS(), serviceResults, trainingResults, accelerator.utilization(),
                accelerator.inferenceUtilization(), accelerator.trainingUtilization(), accelerator.switchUtilization(),
                energyJ, energyJ / window.lengthS(), node.maxTrainingDelayNs(), eventCount, series.toSeries(names),
                trace == null ? ScheduleTrace.EMPTY : trace.toTrace(names, jobNames));
    }
}
