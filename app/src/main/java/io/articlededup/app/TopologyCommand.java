package io.articlededup.app;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.topology.DedupTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "topology", mixinStandardHelpOptions = true,
        description = "Print Topology#describe() for the configuration: the processors, stores and internal topics.")
final class TopologyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        AppConfig config = options.load();
        System.out.println(DedupTopology.build(config.topologySettings(), DedupMetrics.noop()).describe());
        return 0;
    }
}
