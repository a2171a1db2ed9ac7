package io.articlededup.text.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time the thread spends per page in each of {@link HtmlArticleBenchmark}'s benchmarks, the same code
 * on the same pages: on a machine shared with other work the JMH score (wall clock) follows the others' load,
 * the thread's own CPU time much less. The benchmarks take turns within every pass, so a change of load
 * falls on all of them alike.
 *
 * <p>{@code java -cp tools/target/benchmarks.jar io.articlededup.text.bench.HtmlArticleCpuTime [warm-up passes]
 * [measured passes]}; a pass is the {@value HtmlArticleBenchmark#PAGES} pages once through each benchmark.
 */
public final class HtmlArticleCpuTime {

    private HtmlArticleCpuTime() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        HtmlArticleBenchmark bench = new HtmlArticleBenchmark();
        bench.setup();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Consumer<Blackhole>> runs = new LinkedHashMap<>();
        runs.put("ours", bench::ours);
        runs.put("oursExtractOnly", bench::oursExtractOnly);
        runs.put("readability4j", bench::readability4j);
        runs.put("boilerpipe", bench::boilerpipe);
        runs.put("jsoupParse", bench::jsoupParse);
        Map<String, Long> cpuNanos = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < warmUp + measured; pass++) {
            for (Map.Entry<String, Consumer<Blackhole>> run : runs.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                run.getValue().accept(bh);
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (pass >= warmUp) {
                    cpuNanos.merge(run.getKey(), spent, Long::sum);
                }
            }
        }
        double ours = cpuNanos.get("ours");
        System.out.printf("%-16s %14s %20s %10s%n", "benchmark", "CPU ms / page", "pages / CPU second", "ours / it");
        for (Map.Entry<String, Long> e : cpuNanos.entrySet()) {
            double msPerPage = e.getValue() / 1e6 / ((double) measured * HtmlArticleBenchmark.PAGES);
            System.out.printf("%-16s %14.3f %20.0f %10.2f%n", e.getKey(), msPerPage, 1000 / msPerPage,
                    e.getValue() / ours);
        }
    }
}
