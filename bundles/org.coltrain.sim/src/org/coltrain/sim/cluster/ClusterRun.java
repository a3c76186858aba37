package org.coltrain.sim.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coltrain.sim.cluster.Node.Work;
import org.coltrain.sim.cluster.balance.FleetView;
import org.coltrain.sim.cluster.balance.LoadBalancer.Router;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.DesignUtilization;
import org.coltrain.sim.cluster.result.NodeUtilization;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.ServiceSpec;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.EventKind;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.serve.metrics.ServiceMetrics;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.RequestAccounting;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.ServiceTarget;

/**
 * One fleet run: every accelerator, the load balancers and the data-parallel job in one discrete-event run over
 * the serving simulator's event queue. Event sources: ARRIVAL carries a service, WAKE accelerator x services +
 * service, WORK_DONE an accelerator, or the accelerator count for the job's all-reduce.
 *
 * <p>Each accelerator arbitrates as {@code ServingRun} does (inference by priority with the shared batching
 * policy, otherwise training, a context switch before inference that follows training) with the same
 * simplifications. Training is simulated by chunks: a chunk runs to the end of the local step unless an inference
 * batch becomes ready, and then stops at the end of the segment in progress; this is the segment-by-segment
 * schedule without an event per segment. A step's work that is preempted is not lost.
 */
final class ClusterRun implements FleetView {

    private final ClusterConfig config;
    private final Scheduler scheduler;
    private final int serviceCount;
    private final FleetService[] services;
    private final int[] byPriority;
    private final Node[] nodes;
    private final Node[] workers;
    private final int networkSource;
    private final EventQueue events = new EventQueue();
    private final Window window;
    private final TimeSeriesRecorder series;
    private final FleetSeries fleetSeries;
    private final ServiceMetrics[] metrics;
    private final ArrivalStream[] arrivals;
    private final Router[] routers;
    private final LoadIndex[] load;
    private final long[] routedCount;
    private final int[] queued;
    private final int[] inSystem;
    private final long[] arrived;
    private final long[] completed;
    private final long[] dropped;
    private final DataParallelState training;

    private long nowNs;
    private long eventCount;

    ClusterRun(ClusterConfig config) {
        this.config = config;
        this.scheduler = config.scheduler();
        this.serviceCount = config.services().size();
        this.services = config.services().toArray(new FleetService[0]);
        Integer[] order = new Integer[serviceCount];
        for (int s = 0; s < serviceCount; s++) order[s] = s;
        // Stable sort: equal priorities keep the config order, so arbitration is deterministic.
        Arrays.sort(order, (a, b) -> Integer.compare(services[b].priority(), services[a].priority()));
        byPriority = new int[serviceCount];
        for (int s = 0; s < serviceCount; s++) byPriority[s] = order[s];
        int largestBatch = 1;
        for (FleetService s : services) largestBatch = Math.max(largestBatch, s.maxBatch());

        int n = config.accelerators();
        int workerCount = config.job() == null ? 0 : config.job().workers();
        nodes = new Node[n];
        int i = 0;
        for (int d = 0; d < config.designs().size(); d++) {
            AcceleratorDesign design = config.designs().get(d);
            ServiceTarget[] targets = new ServiceTarget[serviceCount];
            for (int s = 0; s < serviceCount; s++)
                targets[s] = new ServiceTarget(design.serviceTables().get(s), services[s].maxBatch(), services[s].sloLatencyNs());
            for (int c = 0; c < design.count(); c++, i++)
                nodes[i] = new Node(i, design, d, targets, ServiceSpec.DEFAULT_QUEUE_CAPACITY, largestBatch, i < workerCount);
        }
        workers = Arrays.copyOf(nodes, workerCount);
        networkSource = n;

        window = new Window(config.warmupNs(), config.durationNs());
        fleetSeries = new FleetSeries(window, config.buckets(), serviceCount);
        series = new TimeSeriesRecorder(window, fleetSeries.bucketNs(), serviceCount);
        RandomStreams streams = new RandomStreams(config.seed());
        metrics = new ServiceMetrics[serviceCount];
        arrivals = new ArrivalStream[serviceCount];
        routers = new Router[serviceCount];
        load = new LoadIndex[serviceCount];
        for (int s = 0; s < serviceCount; s++) {
            FleetService svc = services[s];
            metrics[s] = new ServiceMetrics(s, window, svc.sloLatencyNs(), svc.maxBatch(), ServiceSpec.DEFAULT_QUEUE_CAPACITY, series);
            arrivals[s] = svc.arrivals().open(streams.forSource(svc.name(), "arrivals"));
            routers[s] = svc.balancer().open(this, streams.forSource(svc.name(), "balancer"));
            load[s] = new LoadIndex(n);
        }
        routedCount = new long[serviceCount];
        queued = new int[serviceCount];
        inSystem = new int[serviceCount];
        arrived = new long[serviceCount];
        completed = new long[serviceCount];
        dropped = new long[serviceCount];
        training = config.job() == null ? null
                : new DataParallelState(config.job(), workers, config.interconnect(), window, series);
    }

    ClusterResult run(ProgressListener listener) {
        long endNs = config.durationNs();
        for (int s = 0; s < serviceCount; s++) scheduleNextArrival(s);
        for (Node node : nodes) decide(node);
        long progressStepNs = Math.max(1, endNs / 100);
        long nextProgressNs = progressStepNs;
        while (!events.isEmpty() && events.peekTimeNs() < endNs) {
            events.pop();
            nowNs = events.poppedTimeNs();
            eventCount++;
            int source = events.poppedSource();
            switch (events.poppedKind()) {
                case ARRIVAL -> onArrival(source);
                case WAKE -> onWake(nodes[source / serviceCount], source % serviceCount);
                case WORK_DONE -> {
                    if (source == networkSource) onReduceDone();
                    else onWorkDone(nodes[source]);
                }
            }
            if (nowNs >= nextProgressNs) {
                listener.progress(nowNs, endNs);
                nextProgressNs = (nowNs / progressStepNs + 1) * progressStepNs;
            }
        }
        nowNs = endNs;
        for (int s = 0; s < serviceCount; s++) metrics[s].level(endNs, queued[s], inSystem[s]);
        countUnfinished();
        listener.progress(endNs, endNs);
        return result();
    }

    // ---- requests and routing

    private void scheduleNextArrival(int s) {
        long t = arrivals[s].nextNs();
        if (t != ArrivalStream.NO_MORE && t < config.durationNs()) events.push(Math.max(t, nowNs), EventKind.ARRIVAL, s);
    }

    private void onArrival(int s) {
        Node node = nodes[routers[s].route(s, nowNs)];
        boolean accepted = node.queues[s].offer(nowNs);
        arrived[s]++;
        metrics[s].arrival(nowNs, accepted);
        scheduleNextArrival(s);
        if (!accepted) {
            dropped[s]++;
            return;
        }
        queued[s]++;
        inSystem[s]++;
        metrics[s].level(nowNs, queued[s], inSystem[s]);
        load[s].routed(node.index, nodes.length + routedCount[s]++);
        armWake(node, s);
        if (node.running == Work.IDLE) decide(node);
        else if (node.running == Work.TRAINING) maybeInterrupt(node, s);
    }

    private void onWake(Node node, int s) {
        if (node.pendingWakeNs[s] == nowNs) node.pendingWakeNs[s] = Long.MAX_VALUE;
        if (node.running == Work.IDLE) decide(node);
        else if (node.running == Work.TRAINING && node.queues[s].size() > 0) maybeInterrupt(node, s);
    }

    private void armWake(Node node, int s) {
        long t = scheduler.wakeUpNs(node.queues[s], node.targets[s], nowNs);
        if (t == Long.MAX_VALUE || t >= node.pendingWakeNs[s]) return;
        node.pendingWakeNs[s] = Math.max(t, nowNs);
        events.push(node.pendingWakeNs[s], EventKind.WAKE, node.index * serviceCount + s);
    }

    // ---- one accelerator's arbitration

    private void onWorkDone(Node node) {
        // A training chunk cut short leaves its original end event behind: only the current end counts.
        if (node.running == Work.IDLE || nowNs != node.workEndNs) return;
        switch (node.running) {
            case INFERENCE -> finishBatch(node);
            case TRAINING -> finishChunk(node);
            case SWITCH, IDLE -> { }
        }
        decide(node);
    }

    /** The accelerator is free: inference by service priority, else training if the job allows, else idle. */
    private void decide(Node node) {
        for (int s : byPriority) {
            if (node.queues[s].size() == 0) continue;
            int b = scheduler.batchSize(node.queues[s], node.targets[s], nowNs);
            if (b > 0) {
                if (node.trainingLoaded && node.design.preemptionCostNs() > 0) startSwitch(node);
                else startBatch(node, s, b);
                return;
            }
            armWake(node, s);
        }
        if (node.worker && (node.nextSegment > 0 || training.mayStartStep(node.localSteps))) startChunk(node);
        else {
            node.running = Work.IDLE;
            node.workEndNs = -1;
        }
    }

    private void startSwitch(Node node) {
        node.trainingLoaded = false;
        long end = nowNs + node.design.preemptionCostNs();
        node.switchNs += window.overlapNs(nowNs, end);
        begin(node, Work.SWITCH, end);
    }

    private void startBatch(Node node, int s, int b) {
        node.trainingLoaded = false;
        for (int i = 0; i < b; i++) node.batchArrivalNs[i] = node.queues[s].poll();
        node.inService[s] = b;
        queued[s] -= b;
        metrics[s].level(nowNs, queued[s], inSystem[s]);
        long end = nowNs + node.targets[s].latencyTable().latencyNs(b);
        node.inferenceNs += window.overlapNs(nowNs, end);
        fleetSeries.inference(nowNs, end);
        metrics[s].batchStarted(nowNs, b);
        node.batchService = s;
        node.batchSize = b;
        node.batchStartNs = nowNs;
        begin(node, Work.INFERENCE, end);
        if (node.queues[s].size() > 0) armWake(node, s);
    }

    private void finishBatch(Node node) {
        int s = node.batchService;
        int b = node.batchSize;
        for (int i = 0; i < b; i++) {
            long arrival = node.batchArrivalNs[i];
            metrics[s].completion(nowNs, arrival, node.batchStartNs);
            if (arrival >= window.startNs() && nowNs < window.endNs()) fleetSeries.completion(s, nowNs, nowNs - arrival);
        }
        completed[s] += b;
        node.inService[s] = 0;
        inSystem[s] -= b;
        metrics[s].level(nowNs, queued[s], inSystem[s]);
        load[s].left(node.index, b);
    }

    private void startChunk(Node node) {
        node.chunkStartNs = nowNs;
        node.chunkStartSegment = node.nextSegment;
        node.interrupted = false;
        node.trainingLoaded = true;
        begin(node, Work.TRAINING, node.boundaryTimeNs(node.segments()));
    }

    /** An inference batch became ready during training: stop at the end of the segment in progress. */
    private void maybeInterrupt(Node node, int s) {
        if (node.interrupted || scheduler.batchSize(node.queues[s], node.targets[s], nowNs) == 0) return;
        int k = node.boundaryAtOrAfter(nowNs);
        node.interrupted = true;
        node.chunkStopSegment = k;
        long end = node.boundaryTimeNs(k);
        if (end < node.workEndNs) {
            node.workEndNs = end;
            events.push(end, EventKind.WORK_DONE, node.index);
        }
    }

    private void finishChunk(Node node) {
        int stop = node.interrupted ? node.chunkStopSegment : node.segments();
        node.trainingNs += window.overlapNs(node.chunkStartNs, nowNs);
        fleetSeries.training(node.chunkStartNs, nowNs);
        if (stop < node.segments()) {
            node.nextSegment = stop;
            return;
        }
        node.nextSegment = 0;
        if (training.localStepDone(node.localSteps++)) startReduce();
    }

    private void begin(Node node, Work work, long endNs) {
        node.running = work;
        node.workEndNs = endNs;
        events.push(endNs, EventKind.WORK_DONE, node.index);
    }

    // ---- the data-parallel job's all-reduce

    private void startReduce() {
        events.push(training.startReduce(nowNs), EventKind.WORK_DONE, networkSource);
    }

    private void onReduceDone() {
        training.reduceDone(nowNs);
        if (training.readyToReduce()) startReduce();
        // Workers that waited for this all-reduce may start their next step.
        for (Node w : workers) if (w.running == Work.IDLE) decide(w);
    }

    // ---- FleetView for the balancers

    @Override public int accelerators() { return nodes.length; }

    @Override public int inSystem(int node, int service) {
        return nodes[node].queues[service].size() + nodes[node].inService[service];
    }

    @Override public int leastLoaded(int service) { return load[service].leastLoaded(); }

    @Override public long sloLatencyNs(int service) { return services[service].sloLatencyNs(); }

    @Override public long estimatedLatencyNs(int index, int service, long now) {
        Node node = nodes[index];
        long switchNs = node.design.preemptionCostNs();
        long waitNs = switch (node.running) {
            case IDLE -> node.trainingLoaded ? switchNs : 0;
            case INFERENCE, SWITCH -> node.workEndNs - now;
            case TRAINING -> (node.interrupted ? node.workEndNs : node.boundaryTimeNs(node.boundaryAtOrAfter(now))) - now + switchNs;
        };
        int ahead = node.queues[service].size() + 1;
        int maxBatch = services[service].maxBatch();
        var table = node.targets[service].latencyTable();
        int rest = ahead % maxBatch;
        return waitNs + (long) (ahead / maxBatch) * table.latencyNs(maxBatch) + (rest > 0 ? table.latencyNs(rest) : 0);
    }

    // ---- results

    /** Every request still waiting on a node, or in the batch it is serving, when the run ends. */
    private void countUnfinished() {
        for (Node node : nodes) {
            for (int s = 0; s < serviceCount; s++)
                for (int i = 0; i < node.queues[s].size(); i++) metrics[s].unfinished(node.queues[s].arrivalNs(i));
            if (node.running == Work.INFERENCE)
                for (int i = 0; i < node.batchSize; i++) metrics[node.batchService].unfinished(node.batchArrivalNs[i]);
        }
    }

    private ClusterResult result() {
        List<ServiceResult> serviceResults = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> balancers = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            int inServiceNow = 0;
            for (Node node : nodes) inServiceNow += node.inService[s];
            serviceResults.add(metrics[s].toResult(services[s].name(), services[s].sloPercentile(),
                    new RequestAccounting(arrived[s], completed[s], queued[s], inServiceNow, dropped[s])));
            names.add(services[s].name());
            balancers.add(services[s].balancer().name());
        }
        List<DesignUtilization> designs = new ArrayList<>();
        double windowNs = window.lengthNs();
        for (int d = 0; d < config.designs().size(); d++) {
            double inf = 0, train = 0, sw = 0;
            int count = 0;
            for (Node node : nodes) {
                if (node.designIndex != d) continue;
                count++;
                inf += node.inferenceNs / windowNs;
                train += node.trainingNs / windowNs;
                sw += node.switchNs / windowNs;
            }
            designs.add(new DesignUtilization(config.designs().get(d).name(), count, inf / count, train / count, sw / count));
        }
        List<NodeUtilization> perNode = new ArrayList<>(nodes.length);
        for (Node node : nodes)
            perNode.add(new NodeUtilization(node.index, node.design.name(), node.worker, node.inferenceNs / windowNs,
                    node.trainingNs / windowNs, node.switchNs / windowNs));
        FleetTrainingResult trainingResult = training == null ? null : training.toResult();
        return new ClusterResult(config.experiment(), config.seed(), nodes.length, scheduler.name(),
                config.durationNs() / 1e9, window.lengthS(), serviceResults, balancers, trainingResult, designs, perNode,
                eventCount, fleetSeries.toBuckets(series.toSeries(names), nodes.length));
    }
}
