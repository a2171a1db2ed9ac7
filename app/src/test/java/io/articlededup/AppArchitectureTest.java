package io.articlededup;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * app, the production artifact, stands on core alone: nothing in it refers to the tools built on top of it
 * (the embedded broker, eval, bench, the demo and its commands), nor to the Kafka broker or the Kafka Streams
 * test utilities, which the production jar does not carry.
 */
@AnalyzeClasses(packages = "io.articlededup", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    /** The classes of package {@code app} that live in the tools module. */
    static final Set<String> TOOLS_CLASSES = Set.of("ToolsMain", "DemoCommand", "BrokerCommand", "ProduceCommand",
            "EvalCommand", "BenchCommand", "HistoryBenchCommand", "LocalCluster", "SampleArticles", "SendPace",
            "LiveSummary");

    @ArchTest
    static final ArchRule noToolsPackages = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.articlededup.broker..", "io.articlededup.eval..", "io.articlededup.bench..")
            .because("core <- app <- tools: the production artifact does not depend on the tools");

    @ArchTest
    static final ArchRule noToolsCommands = noClasses().should().dependOnClassesThat(describe(
                    "are the tools' classes of package io.articlededup.app " + TOOLS_CLASSES,
                    (JavaClass c) -> c.getPackageName().equals("io.articlededup.app")
                            && TOOLS_CLASSES.contains(outer(c))))
            .because("the demo, broker, produce, eval and bench commands are in the tools jar only");

    @ArchTest
    static final ArchRule noBrokerNorTestUtils = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("kafka..", "org.apache.kafka.server..", "org.apache.kafka.metadata..",
                    "org.apache.kafka.raft..", "org.apache.kafka.controller..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.streams.TopologyTestDriver")
            .because("the production jar carries neither the Kafka broker nor kafka-streams-test-utils");

    /** The top-level class name, so that nested and anonymous classes count as their outer class. */
    private static String outer(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
