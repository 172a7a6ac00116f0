package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled demo corpus in {@code geodata/corpus}: every report has a well-formed sidecar, the files are
 * clean UTF-8, and the corpus is large and varied enough (languages, years) for a meaningful first run.
 */
class DemoCorpusFilesTest {

    private static final String SEED = "seed-2017-09-25";
    private static final Pattern REPORT_NAME = Pattern.compile("\\d{3}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path corpusDir;
    private static List<Path> texts;

    @BeforeAll
    static void locateCorpus() throws IOException {
        // Surefire runs from the module directory and sets basedir; the corpus is checked at its source location.
        corpusDir = Path.of(System.getProperty("basedir", ".")).resolve("geodata/corpus");
        assertTrue(Files.isDirectory(corpusDir), "missing corpus directory " + corpusDir.toAbsolutePath());
        try (Stream<Path> files = Files.list(corpusDir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyTextHasAValidSidecarAndEverySidecarHasAText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            String base = baseName(text);
            Path sidecar = corpusDir.resolve(base + ".json");
            if (!Files.isRegularFile(sidecar)) {
                problems.add(base + ": no sidecar");
                continue;
            }
            problems.addAll(sidecarProblems(base, readJson(sidecar)));
        }
        try (Stream<Path> files = Files.list(corpusDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(DemoCorpusFilesTest::baseName)
                    .filter(base -> !Files.isRegularFile(corpusDir.resolve(base + ".txt")))
                    .forEach(base -> problems.add(base + ".json: no text file"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void filesAreStrictUtf8WithoutByteOrderMark() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF) {
                    problems.add(name + ": starts with a byte-order mark");
                }
                try {
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
                } catch (CharacterCodingException e) {
                    problems.add(name + ": not valid UTF-8");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsAreNamedPlainTextWithBlankLineParagraphs() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            String base = baseName(text);
            String content = Files.readString(text, StandardCharsets.UTF_8);
            if (base.equals(SEED)) {
                continue; // the user's article is kept byte-identical, whatever its layout
            }
            if (!REPORT_NAME.matcher(base).matches()) {
                problems.add(base + ": name is not NNN-<slug>");
            }
            if (content.indexOf('\r') >= 0) {
                problems.add(base + ": contains carriage returns");
            }
            if (content.contains("\n\n\n")) {
                problems.add(base + ": more than one blank line between paragraphs");
            }
            String[] paragraphs = content.strip().split("\n\n");
            for (String paragraph : paragraphs) {
                if (paragraph.isBlank() || !paragraph.equals(paragraph.strip()) || paragraph.contains("\n")) {
                    problems.add(base + ": malformed paragraph");
                }
            }
            int length = content.strip().length();
            if (length < 150 || length > 2500) {
                problems.add(base + ": " + length + " characters, not a short report");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void languageLabelMatchesTheScriptOfTextAndTitle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            String base = baseName(text);
            JsonNode sidecar = readJson(corpusDir.resolve(base + ".json"));
            String lang = sidecar.path("lang").asText();
            String content = Files.readString(text, StandardCharsets.UTF_8);
            if (!lang.equals(dominantScript(content))) {
                problems.add(base + ": text is not " + lang);
            }
            if (!lang.equals(dominantScript(sidecar.path("title").asText()))) {
                problems.add(base + ": title is not " + lang);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void corpusIsLargeAndVariedEnough() throws IOException {
        assertTrue(Files.isRegularFile(corpusDir.resolve(SEED + ".txt")), "seed article missing");
        int arabic = 0;
        int english = 0;
        Set<Integer> years = new TreeSet<>();
        for (Path text : texts) {
            String base = baseName(text);
            if (base.equals(SEED)) {
                continue;
            }
            JsonNode sidecar = readJson(corpusDir.resolve(base + ".json"));
            switch (sidecar.path("lang").asText()) {
                case "ar" -> arabic++;
                case "en" -> english++;
                default -> fail(base + ": unexpected language");
            }
            years.add(LocalDate.parse(sidecar.path("published").asText()).getYear());
        }
        int reports = arabic + english;
        assertTrue(reports >= 45, "only " + reports + " reports");
        assertTrue(english * 4 >= reports, "English share too low: " + english + "/" + reports);
        assertTrue(arabic * 2 >= reports, "Arabic share too low: " + arabic + "/" + reports);
        assertTrue(years.size() >= 8, "reports span only the years " + years);
    }

    @Test
    void seedIsMarkedAsAnEstimatedDateWithoutSources() throws IOException {
        JsonNode seed = readJson(corpusDir.resolve(SEED + ".json"));
        assertEquals("2017-09-25", seed.path("published").asText());
        assertTrue(seed.path("dateEstimated").asBoolean(false));
        assertEquals("ar", seed.path("lang").asText());
        assertTrue(seed.path("url").isNull());
        assertTrue(seed.path("sources").isArray() && seed.path("sources").isEmpty());
    }

    private static List<String> sidecarProblems(String base, JsonNode sidecar) {
        List<String> problems = new ArrayList<>();
        boolean seed = base.equals(SEED);
        if (!sidecar.path("title").isTextual() || sidecar.path("title").asText().isBlank()) {
            problems.add(base + ": no title");
        }
        if (!sidecar.path("source").isTextual() || sidecar.path("source").asText().isBlank()) {
            problems.add(base + ": no source");
        }
        if (!(sidecar.path("url").isNull() || sidecar.path("url").isTextual())) {
            problems.add(base + ": url is neither null nor text");
        }
        String published = sidecar.path("published").asText("");
        try {
            int year = LocalDate.parse(published).getYear();
            if (!seed && (year < 2011 || year > 2024)) {
                problems.add(base + ": published " + published + " outside 2011..2024");
            }
        } catch (DateTimeParseException e) {
            problems.add(base + ": published '" + published + "' is not an ISO date");
        }
        if (!sidecar.path("dateEstimated").isBoolean()) {
            problems.add(base + ": dateEstimated is not a boolean");
        } else if (!seed && sidecar.path("dateEstimated").asBoolean()) {
            problems.add(base + ": written report with an estimated date");
        }
        String lang = sidecar.path("lang").asText("");
        if (!lang.equals("ar") && !lang.equals("en")) {
            problems.add(base + ": lang '" + lang + "' is not ar or en");
        }
        JsonNode sources = sidecar.path("sources");
        if (!sources.isArray()) {
            problems.add(base + ": sources is not a list");
        } else {
            if (!seed && sources.isEmpty()) {
                problems.add(base + ": no sources");
            }
            for (JsonNode source : sources) {
                if (!source.isTextual() || source.asText().isBlank()) {
                    problems.add(base + ": blank source entry");
                }
            }
        }
        return problems;
    }

    /** "ar" when Arabic letters outnumber Latin ones, otherwise "en". */
    private static String dominantScript(String text) {
        long arabicLetters = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && Character.isLetter(c))
                .count();
        long latinLetters = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c))
                .count();
        return arabicLetters > latinLetters ? "ar" : "en";
    }

    private static JsonNode readJson(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        assertFalse(node == null || !node.isObject(), file.getFileName() + " is not a JSON object");
        return node;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
