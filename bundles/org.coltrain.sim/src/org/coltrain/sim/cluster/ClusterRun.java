package org.coltrain.sim.cluster;

import java.util.ArrayList;
import java.util.List;
import org.coltrain.sim.cluster.balance.FleetView;
import org.coltrain.sim.cluster.balance.LoadBalancer.Router;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.DesignUtilization;
import org.coltrain.sim.cluster.result.NodeUtilization;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.coltrain.sim.serve.engine.AcceleratorNode;
import org.coltrain.sim.serve.engine.Event;
import org.coltrain.sim.serve.engine.EventLoop;
import org.coltrain.sim.serve.engine.EventQueue;
import org.coltrain.sim.serve.engine.LocalJob;
import org.coltrain.sim.serve.engine.NodeListener;
import org.coltrain.sim.serve.engine.RandomStreams;
import org.coltrain.sim.serve.engine.ServiceLedger;
import org.coltrain.sim.serve.engine.TrainingGate;
import org.coltrain.sim.serve.metrics.AcceleratorMetrics;
import org.coltrain.sim.serve.metrics.ServiceMetrics;
import org.coltrain.sim.serve.metrics.TimeSeriesRecorder;
import org.coltrain.sim.serve.metrics.Window;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.ServiceTarget;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * One fleet run: the services' arrivals, their load balancers, one {@link AcceleratorNode} per accelerator (the
 * serving run's engine: the same arbitration, service-time model, energy and simplifications) and the data-parallel
 * job, whose all-reduces gate its workers' steps. Each service's requests are counted fleet-wide in one ledger.
 */
final class ClusterRun implements FleetView, EventLoop.Handler, NodeListener {

    private final ClusterConfig config;
    private final FleetService[] services;
    private final AcceleratorNode[] nodes;
    private final int[] workerIndices;
    private final int[] designOf;
    private final EventQueue events = new EventQueue();
    private final Window window;
    private final TimeSeriesRecorder series;
    private final FleetSeries fleetSeries;
    private final ServiceLedger[] ledgers;
    private final ArrivalStream[] arrivals;
    private final Event.Arrival[] arrivalEvents;
    private final Router[] routers;
    private final LoadIndex[] load;
    private final long[] routedCount;
    private final DataParallelState training;

    ClusterRun(ClusterConfig config) {
        this.config = config;
        this.services = config.services().toArray(new FleetService[0]);
        int serviceCount = services.length, n = config.accelerators();
        window = new Window(config.warmupNs(), config.durationNs());
        fleetSeries = new FleetSeries(window, config.buckets(), serviceCount);
        series = new TimeSeriesRecorder(window, fleetSeries.bucketNs(), serviceCount);
        RandomStreams streams = new RandomStreams(config.seed());
        ledgers = new ServiceLedger[serviceCount];
        arrivals = new ArrivalStream[serviceCount];
        arrivalEvents = new Event.Arrival[serviceCount];
        routers = new Router[serviceCount];
        load = new LoadIndex[serviceCount];
        int[] capacities = new int[serviceCount];
        for (int s = 0; s < serviceCount; s++) {
            FleetService svc = services[s];
            // The same streams a single accelerator draws for a service of this name.
            ledgers[s] = new ServiceLedger(new ServiceMetrics(s, window, svc.sloLatencyNs(), svc.maxBatch(), svc.queueCapacity(),
                    series), svc.serviceTime(), streams.forSource(svc.name(), "service-time"));
            arrivals[s] = svc.arrivals().open(streams.forSource(svc.name(), "arrivals"));
            arrivalEvents[s] = new Event.Arrival(s);
            load[s] = new LoadIndex(n);
            capacities[s] = svc.queueCapacity();
        }
        routedCount = new long[serviceCount];

        int workerCount = config.job() == null ? 0 : config.job().workers();
        List<TrainingProfile> workerProfiles = new ArrayList<>();
        for (AcceleratorDesign d : config.designs())
            for (int c = 0; c < d.count() && workerProfiles.size() < workerCount; c++) workerProfiles.add(d.training());
        training = config.job() == null ? null
                : new DataParallelState(config.job(), workerProfiles, config.interconnect(), events, window, series);
        TrainingGate gate = training == null ? TrainingGate.LOCAL : training;
        nodes = new AcceleratorNode[n];
        designOf = new int[n];
        workerIndices = new int[workerCount];
        int i = 0;
        for (int d = 0; d < config.designs().size(); d++) {
            AcceleratorDesign design = config.designs().get(d);
            ServiceTarget[] targets = new ServiceTarget[serviceCount];
            for (int s = 0; s < serviceCount; s++)
                targets[s] = new ServiceTarget(services[s].name(), design.serviceTables().get(s), services[s].maxBatch(),
                        services[s].sloLatencyNs(), services[s].priority());
            for (int c = 0; c < design.count(); c++, i++) {
                boolean worker = i < workerCount;
                LocalJob[] jobs = worker ? new LocalJob[] { new LocalJob(0, 0, design.training(), null) } : new LocalJob[0];
                if (worker) workerIndices[i] = i;
                designOf[i] = d;
                nodes[i] = new AcceleratorNode(i, targets, ledgers, capacities, config.scheduler(), design.preemptionCostNs(),
                        jobs, gate, events, new AcceleratorMetrics(window, null), null, this);
            }
        }
        // Balancers open on the built fleet (some read its size).
        for (int s = 0; s < serviceCount; s++)
            routers[s] = services[s].balancer().open(this, streams.forSource(services[s].name(), "balancer"));
    }

    ClusterResult run(ProgressListener listener) {
        for (int s = 0; s < services.length; s++) scheduleNextArrival(s, 0);
        for (AcceleratorNode node : nodes) node.start(0);
        long count = EventLoop.run(events, config.durationNs(), this, listener);
        for (AcceleratorNode node : nodes) node.finish(config.durationNs());
        for (ServiceLedger l : ledgers) l.level(config.durationNs());
        return result(count);
    }

    @Override
    public void handle(Event event, long nowNs) {
        switch (event) {
            case Event.Arrival a -> onArrival(a.service(), nowNs);
            case Event.Wake w -> nodes[w.node()].wake(w.service(), nowNs);
            case Event.WorkDone d -> nodes[d.node()].workDone(d, nowNs);
            case Event.ReduceDone r -> {
                training.reduceDone(nowNs);
                // Workers that waited for this all-reduce may start their next step.
                for (int w : workerIndices) nodes[w].resume(nowNs);
            }
        }
    }

    private void scheduleNextArrival(int s, long nowNs) {
        long t = arrivals[s].nextNs();
        if (t != ArrivalStream.NO_MORE && t < config.durationNs()) events.push(Math.max(t, nowNs), arrivalEvents[s]);
    }

    private void onArrival(int s, long nowNs) {
        int target = routers[s].route(s, nowNs);
        if (nodes[target].arrival(s, nowNs)) load[s].routed(target, nodes.length + routedCount[s]++);
        scheduleNextArrival(s, nowNs);
    }

    // ---- NodeListener: the day curves and the balancers' load index

    @Override public void inference(long fromNs, long toNs) { fleetSeries.inference(fromNs, toNs); }

    @Override public void training(long fromNs, long toNs) { fleetSeries.training(fromNs, toNs); }

    @Override public void completed(int service, long nowNs, long arrivalNs) {
        if (arrivalNs >= window.startNs() && nowNs < window.endNs()) fleetSeries.completion(service, nowNs, nowNs - arrivalNs);
    }

    @Override public void left(int node, int service, int batch) { load[service].left(node, batch); }

    // ---- FleetView for the balancers

    @Override public int accelerators() { return nodes.length; }

    @Override public int inSystem(int node, int service) { return nodes[node].inSystem(service); }

    @Override public int leastLoaded(int service) { return load[service].leastLoaded(); }

    @Override public long sloLatencyNs(int service) { return services[service].sloLatencyNs(); }

    @Override public long estimatedLatencyNs(int index, int service, long now) { return nodes[index].estimatedLatencyNs(service, now); }

    // ---- results

    private ClusterResult result(long eventCount) {
        List<ServiceResult> serviceResults = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> balancers = new ArrayList<>();
        for (int s = 0; s < services.length; s++) {
            serviceResults.add(ledgers[s].metrics().toResult(services[s].name(), services[s].sloPercentile(), ledgers[s].accounting()));
            names.add(services[s].name());
            balancers.add(services[s].balancer().name());
        }
        List<DesignUtilization> designs = new ArrayList<>();
        double fleetEnergyJ = 0;
        for (int d = 0; d < config.designs().size(); d++) {
            AcceleratorDesign design = config.designs().get(d);
            double inf = 0, train = 0, sw = 0, energyJ = 0;
            int count = 0;
            for (int i = 0; i < nodes.length; i++) {
                if (designOf[i] != d) continue;
                AcceleratorMetrics m = nodes[i].metrics();
                count++;
                inf += m.inferenceUtilization();
                train += m.trainingUtilization();
                sw += m.switchUtilization();
                energyJ += m.energyJ(design.idlePowerW());
            }
            fleetEnergyJ += energyJ;
            designs.add(new DesignUtilization(design.name(), count, inf / count, train / count, sw / count, energyJ));
        }
        List<NodeUtilization> perNode = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            AcceleratorMetrics m = nodes[i].metrics();
            perNode.add(new NodeUtilization(i, config.designs().get(designOf[i]).name(), i < workerIndices.length,
                    m.inferenceUtilization(), m.trainingUtilization(), m.switchUtilization()));
        }
        FleetTrainingResult trainingResult = training == null ? null : training.toResult();
        return new ClusterResult(config.experiment(), config.seed(), nodes.length, config.scheduler().name(),
                config.durationNs() / 1e9, window.lengthS(), serviceResults, balancers, trainingResult, designs,
                perNode, fleetEnergyJ, fleetEnergyJ / window.lengthS(), eventCount, fleetSeries.toBuckets(series.toSeries(names), nodes.length));
    }
}
