package io.articlededup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * core (text, sketch, model, ingest) is plain Java: nothing in it refers to Kafka, nor to the modules built on
 * it (the topology, metrics and application of app; the broker, eval and bench of tools). Inside it, model is
 * the data and the event contract and stands on nothing else of ours; ingest, which reads an event and
 * cleans its text, is the one place that joins model and text.
 */
@AnalyzeClasses(packages = {"io.articlededup.text", "io.articlededup.sketch", "io.articlededup.model",
        "io.articlededup.ingest"},
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

    @ArchTest
    static final ArchRule modelStandsAlone = noClasses().that().resideInAPackage("io.articlededup.model..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.articlededup.text..", "io.articlededup.sketch..", "io.articlededup.ingest..")
            .because("model is the data and the event contract: parsing an event does not clean its text");
}
