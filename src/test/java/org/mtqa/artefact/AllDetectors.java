package org.mtqa.artefact;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.mtqa.languagetool.GermanLexicon;

/** Every detector of the main code, found on the class path, so tests and tools need no list that can fall behind. */
public final class AllDetectors {

    private AllDetectors() {
    }

    /**
     * One instance of every detector class in {@code org.mtqa.artefact}, made with the shared test lexicon and language
     * identifier.
     */
    public static List<ArtefactDetector> create() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mtqa.artefact").stream()
                .filter(c -> c.isAssignableTo(ArtefactDetector.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .map(AllDetectors::instantiate)
                .toList();
    }

    private static ArtefactDetector instantiate(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Object[] arguments = Stream.of(constructor.getParameterTypes()).map(AllDetectors::shared).toArray();
                if (Stream.of(arguments).allMatch(Objects::nonNull)) {
                    return (ArtefactDetector) constructor.newInstance(arguments);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
        throw new IllegalStateException(type.getSimpleName()
                + " needs a constructor taking nothing but a lexicon or a language identifier");
    }

    /** The shared test instance of a constructor parameter's type; null for a type the tests do not share. */
    private static Object shared(Class<?> parameter) {
        if (parameter == GermanLexicon.class) {
            return TestLexicon.GERMAN;
        }
        return parameter == LanguageIdentifier.class ? TestLexicon.LANGUAGES : null;
    }
}
