package org.frontlinemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void generatedArticlesAreDatedDistinctAndAllStored() throws Exception {
        List<String> paragraphs = IngestBenchmark.folderParagraphs(
                Path.of(getClass().getClassLoader().getResource("testcorpus").toURI()));
        assertEquals(3, paragraphs.size());
        IngestBenchmark bench = new IngestBenchmark(paragraphs);
        RawArticle a = bench.article(0, new Random(3));
        assertTrue(ArticleDateFinder.find(a.text()).isPresent(), a.text());
        IngestBenchmark.Result r = bench.run(120, dir.resolve("db"), ds -> KeywordGeoparser.syrianCities(),
                ds -> (t, m, d) -> List.of(), "test", 5);
        assertEquals(120, r.articles());
        assertEquals(120, r.stored());
        assertTrue(r.mentions() > 120);
        assertTrue(r.articlesPerSecond() > 0 && r.peakHeapBytes() > 0);
        assertTrue(r.toString().contains("articles/s"));
    }

    @Test
    void refusesToRunWithoutACorpus() {
        assertThrows(IllegalArgumentException.class, () -> new IngestBenchmark(List.of()));
    }
}
