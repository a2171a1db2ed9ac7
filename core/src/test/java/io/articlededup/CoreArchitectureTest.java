package io.articlededup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * core (text, sketch, model) is plain Java: nothing in it refers to Kafka, nor to the modules built on it
 * (the topology, metrics and application of app; the broker, eval and bench of tools).
 */
@AnalyzeClasses(packages = {"io.articlededup.text", "io.articlededup.sketch", "io.articlededup.model"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noKafka = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "kafka..")
            .because("core is the part of the product that does not need Kafka");

    @ArchTest
    static final ArchRule noUpperModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.articlededup.topology..", "io.articlededup.metrics..", "io.articlededup.app..",
                    "io.articlededup.broker..", "io.articlededup.eval..", "io.articlededup.bench..")
            .because("core <- app <- tools: core depends on neither");
}
