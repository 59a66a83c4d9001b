package org.mtqa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packages follow the flow of an article through mtqa and depend one way only: each package may use the packages
 * before it in {@link #FLOW}, never one after it. The root package ({@code org.mtqa}: the application, its runner and
 * run lock) comes last.
 */
class PackageDependencyTest {

    /** The packages in the order of the flow. */
    static final List<String> FLOW = List.of(
            "article", "text", "finding", "languagetool", "artefact", "check", "score", "report", "history",
            "evaluation", "config", "job", "");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mtqa");
    }

    static Stream<Integer> layers() {
        return IntStream.range(0, FLOW.size() - 1).boxed();
    }

    @ParameterizedTest(name = "{index}: org.mtqa.{0} and what comes before it do not use the packages after it")
    @MethodSource("layers")
    void noPackageUsesOneLaterInTheFlow(int layer) {
        String[] later = FLOW.subList(layer + 1, FLOW.size()).stream().map(PackageDependencyTest::packageName)
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(packageName(FLOW.get(layer)))
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .because("packages follow the flow " + Arrays.toString(FLOW.toArray()) + " one way only")
                .check(classes);
    }

    private static String packageName(String name) {
        return name.isEmpty() ? "org.mtqa" : "org.mtqa." + name;
    }
}
