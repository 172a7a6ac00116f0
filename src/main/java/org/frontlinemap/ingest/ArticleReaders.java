package org.frontlinemap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds articles in files, folders (recursively) and zip archives, choosing the reader by file name:
 * {@code .txt} (with an optional sidecar {@code NAME.json}), {@code .html}/{@code .htm}, {@code .jsonl},
 * {@code .rss}/{@code .atom}/{@code .xml} feeds, {@code .zip} of any of these. Every file yields articles or a
 * refusal with a reason; nothing is skipped silently except hidden files.
 */
public final class ArticleReaders {

    private static final String LONE_JSON = "a .json file is read only as the sidecar of a .txt of the same name";

    private final IngestLimits limits;

    public ArticleReaders(IngestLimits limits) {
        this.limits = limits;
    }

    /** Number of files {@link #read} will open (an archive counts once), for progress reporting. */
    public static int countFiles(List<Path> paths) {
        int n = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    n += (int) s.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)) && !isSidecarCandidate(f))
                            .count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    public void read(Path path, ArticleSink sink) {
        if (!Files.exists(path)) {
            sink.refused(path.toString(), "no such file or folder");
        } else if (Files.isDirectory(path)) {
            readFolder(path, sink);
        } else {
            readFile(path, sink);
        }
    }

    private void readFolder(Path dir, ArticleSink sink) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> !isHidden(dir.relativize(f))).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.refused(dir.toString(), "cannot list folder: " + e.getMessage());
            return;
        }
        for (Path f : files) {
            if (isSidecarCandidate(f) && Files.exists(sibling(f, ".txt"))) {
                continue;
            }
            String ext = extension(f.getFileName().toString());
            if (!isSupported(ext) || ext.equals("json")) {
                sink.skipped(f.toString(), ext.equals("json") ? LONE_JSON : unsupported(ext));
                sink.fileDone(f.toString());
                continue;
            }
            readFile(f, sink);
        }
    }

    private void readFile(Path file, ArticleSink sink) {
        try {
            readOneFile(file, sink);
        } finally {
            sink.fileDone(file.toString());
        }
    }

    private void readOneFile(Path file, ArticleSink sink) {
        String origin = file.toString();
        String ext = extension(file.getFileName().toString());
        try {
            if (ext.equals("zip")) {
                readZip(file, sink);
                return;
            }
            if (!isSupported(ext)) {
                throw new RefusedInputException(unsupported(ext));
            }
            byte[] bytes = readBounded(file);
            byte[] sidecar = null;
            if (ext.equals("txt")) {
                Path sc = sibling(file, ".json");
                if (Files.isRegularFile(sc)) {
                    sidecar = readBounded(sc);
                }
            } else if (ext.equals("json")) {
                throw new RefusedInputException(LONE_JSON);
            }
            dispatch(ext, bytes, sidecar, origin, sink);
        } catch (RefusedInputException e) {
            sink.refused(origin, e.getMessage());
        } catch (IOException e) {
            sink.refused(origin, "cannot read: " + e.getMessage());
        }
    }

    /** Reads one file's bytes given its name, as the web upload does; an archive goes through a temporary file. */
    public void readBytes(String name, byte[] bytes, byte[] sidecar, ArticleSink sink) {
        String ext = extension(name);
        try {
            if (ext.equals("zip")) {
                readZipBytes(name, bytes, sink);
                return;
            }
            if (bytes.length > limits.maxFileBytes()) {
                throw new RefusedInputException(tooLarge(bytes.length));
            }
            if (!isSupported(ext) || ext.equals("json")) {
                throw new RefusedInputException(unsupported(ext));
            }
            dispatch(ext, bytes, sidecar, name, sink);
        } catch (RefusedInputException e) {
            sink.refused(name, e.getMessage());
        }
    }

    private void readZipBytes(String name, byte[] bytes, ArticleSink sink) throws RefusedInputException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("frontline-upload", ".zip");
            Files.write(tmp, bytes);
            String tmpName = tmp.toString();
            readZip(tmp, new ArticleSink() {
                private String rename(String origin) {
                    return origin.startsWith(tmpName) ? name + origin.substring(tmpName.length()) : origin;
                }

                @Override
                public void article(RawArticle a) {
                    sink.article(new RawArticle(a.title(), a.source(), a.url(), a.published(), a.dateEstimated(),
                            a.lang(), a.sources(), a.text(), rename(a.origin())));
                }

                @Override
                public void refused(String origin, String reason) {
                    sink.refused(rename(origin), reason);
                }

                @Override
                public void skipped(String origin, String reason) {
                    sink.skipped(rename(origin), reason);
                }
            });
        } catch (IOException e) {
            throw new RefusedInputException("cannot unpack the archive: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private void dispatch(String ext, byte[] bytes, byte[] sidecar, String origin, ArticleSink sink)
            throws RefusedInputException {
        switch (ext) {
            case "txt", "text" -> sink.article(TextArticleReader.read(bytes, sidecar, origin));
            case "html", "htm", "xhtml" -> sink.article(HtmlArticleReader.read(bytes, origin));
            case "jsonl", "ndjson" -> JsonLinesReader.read(bytes, origin, sink);
            case "rss", "atom", "xml" -> FeedReader.read(bytes, origin, sink);
            default -> throw new RefusedInputException(unsupported(ext));
        }
    }

    private void readZip(Path file, ArticleSink sink) throws RefusedInputException, IOException {
        String origin = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw new RefusedInputException("archive lists " + zip.size() + " entries, more than the limit of "
                        + limits.maxZipEntries());
            }
            Map<String, ZipEntry> byName = new HashMap<>();
            List<ZipEntry> entries = new ArrayList<>();
            long declared = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                byName.put(e.getName(), e);
                entries.add(e);
                declared += Math.max(0, e.getSize());
            }
            if (declared > limits.maxZipTotalBytes()) {
                throw new RefusedInputException("archive would unpack to " + IngestLimits.megabytes(declared)
                        + ", more than the limit of " + IngestLimits.megabytes(limits.maxZipTotalBytes()));
            }
            entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
            long[] total = {0};
            for (ZipEntry e : entries) {
                String name = e.getName();
                String where = origin + "!" + name;
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                String ext = extension(base);
                if (ext.equals("json") && byName.containsKey(name.substring(0, name.length() - 5) + ".txt")) {
                    continue;
                }
                try {
                    if (ext.equals("zip")) {
                        throw new RefusedInputException("archives inside archives are not read");
                    }
                    if (!isSupported(ext) || ext.equals("json")) {
                        sink.skipped(where, ext.equals("json") ? LONE_JSON : unsupported(ext));
                        continue;
                    }
                    byte[] bytes = readEntry(zip, e, total);
                    byte[] sidecar = null;
                    if (ext.equals("txt")) {
                        ZipEntry sc = byName.get(name.substring(0, name.length() - 4) + ".json");
                        if (sc != null) {
                            sidecar = readEntry(zip, sc, total);
                        }
                    }
                    dispatch(ext, bytes, sidecar, where, sink);
                } catch (ZipBombException bomb) {
                    sink.refused(where, bomb.getMessage() + "; the rest of the archive is not read");
                    return;
                } catch (RefusedInputException ex) {
                    sink.refused(where, ex.getMessage());
                } catch (IOException | RuntimeException ex) {
                    sink.refused(where, "cannot unpack: " + ex.getMessage());
                }
            }
        } catch (ZipException e) {
            throw new RefusedInputException("not a readable zip archive: " + e.getMessage());
        }
    }

    /** Reads an entry counting real bytes, since the sizes an archive declares can lie. */
    private byte[] readEntry(ZipFile zip, ZipEntry e, long[] total) throws IOException, RefusedInputException {
        try (InputStream in = zip.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                total[0] += r;
                if (total[0] > limits.maxZipTotalBytes()) {
                    throw new ZipBombException("archive unpacks to more than "
                            + IngestLimits.megabytes(limits.maxZipTotalBytes()));
                }
                if (n > limits.maxFileBytes()) {
                    throw new RefusedInputException("entry unpacks to more than " + tooLarge(n));
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        }
    }

    private byte[] readBounded(Path file) throws IOException, RefusedInputException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new RefusedInputException(tooLarge(size));
        }
        return Files.readAllBytes(file);
    }

    private String tooLarge(long size) {
        return "file too large (" + IngestLimits.megabytes(size) + "; the limit is "
                + IngestLimits.megabytes(limits.maxFileBytes()) + ")";
    }

    private static String unsupported(String ext) {
        return "unsupported file type '" + (ext.isEmpty() ? "(none)" : "." + ext)
                + "' (expected .txt, .html, .htm, .jsonl, .rss, .atom, .xml or .zip)";
    }

    private static boolean isSupported(String ext) {
        return switch (ext) {
            case "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson", "rss", "atom", "xml", "zip", "json" -> true;
            default -> false;
        };
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSidecarCandidate(Path f) {
        return extension(f.getFileName().toString()).equals("json") && Files.exists(sibling(f, ".txt"));
    }

    private static Path sibling(Path f, String ext) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return f.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ext);
    }

    private static final class ZipBombException extends RefusedInputException {
        ZipBombException(String reason) {
            super(reason);
        }
    }
}
