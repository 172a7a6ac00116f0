package org.frontlinemap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.frontlinemap.store.Database;

/**
 * Loads the demo corpus bundled in the jar ({@code geodata/corpus/*.txt}, each with its sidecar {@code NAME.json})
 * into a database that has no articles yet, so that a first start shows a populated map. A database that already
 * holds articles is left alone.
 */
public final class DemoCorpusLoader {

    public static final String CORPUS = "geodata/corpus/";

    private final DataSource dataSource;
    private final IngestService ingest;
    private final ClassLoader classLoader;
    private final String folder;

    public DemoCorpusLoader(DataSource dataSource, IngestService ingest) {
        this(dataSource, ingest, DemoCorpusLoader.class.getClassLoader(), CORPUS);
    }

    /** @param folder classpath folder ending in "/" */
    public DemoCorpusLoader(DataSource dataSource, IngestService ingest, ClassLoader classLoader, String folder) {
        this.dataSource = dataSource;
        this.ingest = ingest;
        this.classLoader = classLoader;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** Loads the corpus if the database has no article; returns what happened (empty when it did nothing). */
    public IngestSummary loadIfEmpty() throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            if (!Database.isEmpty(c, "articles")) {
                return new IngestSummary(List.of(), 0);
            }
        }
        long t0 = System.nanoTime();
        List<IngestOutcome> all = new ArrayList<>();
        for (String name : textFiles()) {
            byte[] text = read(folder + name);
            String base = name.substring(0, name.length() - 4);
            byte[] sidecar = classLoader.getResource(folder + base + ".json") == null ? null
                    : read(folder + base + ".json");
            all.addAll(ingest.ingestBytes(folder + name, text, sidecar, IngestOptions.NONE).outcomes());
        }
        return new IngestSummary(all, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Names (without folder) of the corpus's {@code .txt} files, sorted. */
    List<String> textFiles() throws IOException {
        URL url = classLoader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("bad corpus location " + url, e);
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).forEach(names::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            // inside a jar (plain or Spring Boot's nested jar): list the entries under the folder
            var conn = url.openConnection();
            if (!(conn instanceof JarURLConnection jar)) {
                throw new IOException("cannot list the demo corpus at " + url);
            }
            jar.setUseCaches(false);
            String prefix = jar.getEntryName() == null ? folder : jar.getEntryName();
            if (!prefix.endsWith("/")) {
                prefix += "/";
            }
            try (JarFile jf = jar.getJarFile()) {
                for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                    String n = en.nextElement().getName();
                    if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                        names.add(n.substring(prefix.length()));
                    }
                }
            }
        }
        return names.stream().filter(n -> n.endsWith(".txt") && !n.startsWith(".")).sorted().toList();
    }

    private byte[] read(String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
