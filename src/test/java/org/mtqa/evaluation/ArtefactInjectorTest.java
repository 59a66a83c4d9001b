package org.mtqa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtqa.evaluation.ArtefactInjector.Artefact;
import org.mtqa.evaluation.ArtefactInjector.Result;
import org.mtqa.finding.Category;

class ArtefactInjectorTest {

    /** A small article with a place for every recipe: a heading, quotes, numbers, dates, times, measures, umlauts. */
    static final String TEXT = """
            Neue Regeln für den Arbeitsmarkt
            Die Bundesregierung hat am 19. Juni 2024 ein Gesetz beschlossen. „Das ist ein großer Schritt“, sagte \
            die Ministerin in Wien. Die Gewerkschaft sprach von einem "faulen Kompromiss" und kündigte für März \
            Proteste an.
            Ab 14.30 Uhr beraten die Unternehmen (vor allem Industriebetriebe) über die Folgen; der Ausschuss tagt \
            erneut um 20 Uhr. Rund 1.250 Betriebe sind betroffen, die Arbeitslosigkeit stieg um 2,6 Prozent – so \
            stark wie seit 2009 nicht mehr. Insgesamt kostet die Reform 5 Millionen Euro.
            Wer zahlt am Ende? Die Strecke ist 12 Kilometer lang, bei 20 Grad war es angenehm: Der Läufer wurde am \
            3.5.2016 Dritter und erreichte den 3. Platz vor 15000 Zuschauern.
            """;

    static final ArtefactInjector INJECTOR = new ArtefactInjector(
            List.of("Steuerreform: Regierung plant Entlastung für Familien und Pendler.", "Wahl in Tirol."));

    static Stream<String> recipeNames() {
        return INJECTOR.recipes().stream().map(Recipe::name);
    }

    private static Recipe recipe(String name) {
        return INJECTOR.recipes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Result injectOne(String recipe, long seed) {
        return INJECTOR.inject(TEXT, recipe(recipe), Draw.seeded(seed));
    }

    /** The artefact's gold row finds exactly the artefact's span in the text. */
    private static void assertGoldRowMatches(Result result, Artefact a) {
        GoldRow row = new GoldRow("a.txt", a.category(), a.surface(), a.occurrence(), true);
        assertThat(row.startIn(result.text())).as("gold row %s", row).isEqualTo(a.start());
        assertThat(result.text().substring(a.start(), a.start() + a.surface().length())).isEqualTo(a.surface());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipeNames")
    void eachRecipe_InjectsItsCategoryWhereItsGoldRowFindsIt(String name) {
        Recipe recipe = recipe(name);
        for (long seed = 0; seed < 6; seed++) {
            Result result = injectOne(name, seed);

            assertThat(result.artefacts()).as("seed %d", seed).isNotEmpty().allSatisfy(a -> {
                assertThat(a.category()).isEqualTo(recipe.category());
                assertThat(a.recipe()).isEqualTo(name);
                assertGoldRowMatches(result, a);
                assertThat(a.surface()).doesNotContain("\t", "\n", "\r").isEqualTo(a.surface().strip());
            });
            assertThat(result.text()).isNotEqualTo(TEXT);
        }
    }

    @Test
    void everyArtefactCategory_HasSeveralRecipes() {
        Map<Category, Long> recipes = INJECTOR.recipes().stream()
                .collect(Collectors.groupingBy(Recipe::category, () -> new EnumMap<>(Category.class),
                        Collectors.counting()));

        assertThat(recipes.keySet()).containsExactlyInAnyOrderElementsOf(ArtefactInjector.categories());
        assertThat(recipes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(ArtefactInjector.categories()).hasSize(15).allMatch(Category::isArtefact);
    }

    @Test
    void inject_SameSeedSameOutput_OtherSeedOtherOutput() {
        Result first = INJECTOR.inject(TEXT, Draw.seeded(42));
        Result again = INJECTOR.inject(TEXT, Draw.seeded(42));
        Result other = INJECTOR.inject(TEXT, Draw.seeded(43));

        assertThat(again).isEqualTo(first);
        assertThat(other.text()).isNotEqualTo(first.text());
    }

    @Test
    void inject_VariesTheDensityAndEveryGoldRowMatches() {
        List<Result> results = IntStream.range(0, 40).mapToObj(seed -> INJECTOR.inject(TEXT, Draw.seeded(seed)))
                .toList();

        results.forEach(result -> assertThat(result.artefacts()).isNotEmpty()
                .allSatisfy(a -> assertGoldRowMatches(result, a)));
        Set<Integer> counts = results.stream().map(r -> r.artefacts().size()).collect(Collectors.toSet());
        assertThat(counts.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(2);
        assertThat(counts.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(6);
        Set<Category> categories = results.stream().flatMap(r -> r.artefacts().stream()).map(Artefact::category)
                .collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrderElementsOf(ArtefactInjector.categories());
    }

    @Test
    void fusedWord_DeletesTheSpaceBetweenWordsOfTheText() {
        for (String name : List.of("fused.lower-capital", "fused.function-word", "fused.word-number",
                "fused.number-word", "fused.three-words")) {
            Result result = injectOne(name, 1);
            String surface = result.artefacts().get(0).surface();

            assertThat(surface).as(name).doesNotContainAnyWhitespaces();
            assertThat(result.text()).hasSize(TEXT.length() - (name.equals("fused.three-words") ? 2 : 1));
        }
    }

    @Test
    void fusedHeading_GluesTheHeadingOrTheSentenceBeforeToTheNextWord() {
        Set<String> surfaces = IntStream.range(0, 30).mapToObj(seed -> injectOne("fused.heading", seed))
                .map(r -> r.artefacts().get(0).surface()).collect(Collectors.toSet());

        assertThat(surfaces).contains("ArbeitsmarktDie").hasSizeGreaterThanOrEqualTo(3)
                .allMatch(s -> s.matches("\\p{L}+\\p{Lu}\\p{Ll}+"));
    }

    @Test
    void splitWord_CutsAWordOfTheText() {
        for (String name : List.of("split.compound", "split.inside-word", "split.hyphenation", "split.drop-cap")) {
            for (long seed = 0; seed < 5; seed++) {
                String surface = injectOne(name, seed).artefacts().get(0).surface();

                assertThat(surface).as(name).contains(" ");
                String joined = surface.replace("- ", "").replace(" ", "");
                assertThat(TEXT.contains(joined) || TEXT.contains(joined.charAt(0)
                        + joined.substring(1).toLowerCase())).as(surface).isTrue();
            }
        }
    }

    @Test
    void splitCompound_CutsAtAMorphemeBoundary() {
        Set<String> surfaces = IntStream.range(0, 40).mapToObj(seed -> injectOne("split.compound", seed))
                .map(r -> r.artefacts().get(0).surface().toLowerCase()).collect(Collectors.toSet());

        assertThat(surfaces).containsAnyOf("arbeits markt", "bundes regierung", "industrie betriebe",
                "arbeitslosigkeit");
        assertThat(surfaces).allSatisfy(s -> assertThat(s).isIn("arbeits markt", "bundes regierung",
                "industrie betriebe", "arbeits losigkeit", "gewerk schaft", "minister in", "unter nehmen"));
    }

    @Test
    void sentenceBoundary_TheSurfaceIsTheWordsAroundTheLostFullStop() {
        for (long seed = 0; seed < 5; seed++) {
            Result result = injectOne("boundary.lost-stop", seed);
            String[] words = result.artefacts().get(0).surface().split(" ");

            assertThat(words).hasSize(2);
            assertThat(TEXT).containsPattern(words[0] + "[.?!] " + words[1]);
        }
    }

    @Test
    void encoding_TheSurfaceIsAWordOfTheTextReadInTheWrongEncoding() {
        Map<String, Charset> recipes = Map.of("encoding.windows-1252", Charset.forName("windows-1252"),
                "encoding.latin-1", StandardCharsets.ISO_8859_1, "encoding.latin-2", Charset.forName("ISO-8859-2"));
        recipes.forEach((name, charset) -> {
            String surface = injectOne(name, 3).artefacts().get(0).surface();
            String repaired = new String(surface.getBytes(charset), StandardCharsets.UTF_8);

            assertThat(surface).isNotEqualTo(repaired);
            assertThat(TEXT).as(name).contains(repaired);
        });
    }

    @Test
    void invisibleCharacter_OnlyInvisibleCharactersAreAdded() {
        for (String name : List.of("invisible.inside-word", "invisible.soft-hyphens", "invisible.bidi")) {
            for (long seed = 0; seed < 5; seed++) {
                Result result = injectOne(name, seed);

                assertThat(result.artefacts().get(0).surface()).as(name)
                        .matches(s -> s.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT));
                assertThat(result.text().chars().filter(c -> Character.getType(c) != Character.FORMAT)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString()).isEqualTo(TEXT);
            }
        }
    }

    @Test
    void quotation_ReplacesTheMarksOfAQuoteOfTheText() {
        String english = injectOne("quotation.english", 0).artefacts().get(0).surface();
        String unclosed = injectOne("quotation.unclosed", 0).artefacts().get(0).surface();

        assertThat(english).startsWith("“").endsWith("”");
        assertThat(TEXT).containsAnyOf("„" + english.substring(1, english.length() - 1) + "“",
                "\"" + english.substring(1, english.length() - 1) + "\"");
        assertThat(unclosed).matches("[„\"][^“\"]+");
    }

    @Test
    void localeFormat_RewritesTheTextsOwnNumbers() {
        assertThat(injectOne("locale.thousands", 0).artefacts().get(0).surface()).isEqualTo("1,250");
        assertThat(injectOne("locale.decimal", 0).artefacts().get(0).surface()).isEqualTo("2.6");
        assertThat(injectOne("locale.plain-thousands", 0).artefacts().get(0).surface()).isEqualTo("15,000");
        assertThat(injectOne("locale.currency", 0).artefacts().get(0).surface()).startsWith("€5");
        assertThat(injectOne("locale.imperial-unit", 0).artefacts().get(0).surface())
                .matches("(7[.,]5 (miles|mi|Meilen)|68 ?(°F|degrees Fahrenheit|Grad Fahrenheit))");
        assertThat(IntStream.range(0, 20).mapToObj(seed -> injectOne("locale.time", seed).artefacts().get(0)
                .surface())).contains("14h30", "20h")
                .allMatch(s -> s.matches("(2[.:]30|8) ?(AM|PM|am|pm|a\\.m\\.|p\\.m\\.)|14h30|20h|14:30 hrs|20:00 hrs"));
    }

    @Test
    void duplicateText_TheCopyIsTheLaterOccurrence() {
        for (String name : List.of("duplicate.sentence-adjacent", "duplicate.sentence-later", "duplicate.paragraph",
                "duplicate.title")) {
            Artefact copy = injectOne(name, 2).artefacts().get(0);

            assertThat(copy.occurrence()).as(name).isEqualTo(2);
            assertThat(TEXT).contains(copy.surface());
        }
    }

    @Test
    void insertions_AddTextThatWasNotThere() {
        for (String name : List.of("boilerplate.share", "noise.uuid", "untranslated.sentence-added",
                "note.preamble", "markup.lone-tag")) {
            Result result = injectOne(name, 5);
            Artefact a = result.artefacts().get(0);

            assertThat(TEXT).as(name).doesNotContain(a.surface());
            assertThat(result.text().length()).isGreaterThan(TEXT.length() + a.surface().length() - 1);
        }
        Result fenced = injectOne("note.code-fence", 0);
        assertThat(fenced.artefacts()).hasSize(2);
        assertThat(fenced.text()).startsWith(fenced.artefacts().get(0).surface() + "\n").endsWith("```\n");
    }

    @Test
    void occurrence_CountsOverlappingOccurrencesAsGoldRowsDo() {
        assertThat(ArtefactInjector.occurrence("a b a", "a", 4)).isEqualTo(2);
        assertThat(ArtefactInjector.occurrence("aaa", "aa", 1)).isEqualTo(2);
        assertThat(new GoldRow("f", Category.NOISE_TOKEN, "aa", 2, true).startIn("aaa")).isEqualTo(1);
    }
}
