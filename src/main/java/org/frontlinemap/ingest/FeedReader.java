package org.frontlinemap.ingest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads an RSS or Atom feed file: each item becomes an article from its full content when present, else its
 * description. A file that is not a well-formed feed is refused whole (Rome refuses DOCTYPEs, so no external
 * entities are fetched).
 */
public final class FeedReader {

    private FeedReader() {
    }

    public static void read(byte[] bytes, String origin, ArticleSink sink) throws RefusedInputException {
        if (bytes.length == 0) {
            throw new RefusedInputException("empty file");
        }
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (Exception e) {
            throw new RefusedInputException("not a valid RSS/Atom feed: " + TextArticleReader.firstLine(e.getMessage()));
        }
        String feedLang = Metadata.lang(feed.getLanguage());
        String feedTitle = Metadata.blankToNull(feed.getTitle());
        int i = 0;
        for (SyndEntry e : feed.getEntries()) {
            i++;
            String where = origin + "#" + i;
            String html = content(e);
            String text = html == null ? "" : HtmlArticleReader.fragmentText(html);
            if (text.isBlank()) {
                sink.refused(where, "feed item has no text");
                continue;
            }
            String problem = TextDecoder.implausibility(text);
            if (problem != null) {
                sink.refused(where, "feed item text is not readable: " + problem);
                continue;
            }
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate published = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            sink.article(new RawArticle(Metadata.blankToNull(e.getTitle()), feedTitle,
                    Metadata.blankToNull(e.getLink()), published, false, feedLang, List.of(), text, where));
        }
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.toString().isBlank() && e.getDescription() != null) {
            sb.append(e.getDescription().getValue());
        }
        return sb.toString();
    }
}
