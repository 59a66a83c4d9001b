package org.mtqa.artefact;

import java.lang.reflect.Constructor;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.mtqa.languagetool.GermanLexicon;

/** Every detector of the main code, found on the class path, so tests and tools need no list that can fall behind. */
public final class AllDetectors {

    private AllDetectors() {
    }

    /** One instance of every detector class in {@code org.mtqa.artefact}, made with the shared test lexicon. */
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
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 0) {
                    return (ArtefactDetector) constructor.newInstance();
                }
                if (parameters.length == 1 && parameters[0] == GermanLexicon.class) {
                    return (ArtefactDetector) constructor.newInstance(TestLexicon.GERMAN);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
        throw new IllegalStateException(type.getSimpleName() + " needs a constructor taking nothing or a lexicon");
    }
}
