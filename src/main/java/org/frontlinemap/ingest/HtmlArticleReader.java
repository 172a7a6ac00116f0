package org.frontlinemap.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads a news web page saved as HTML: the main text without navigation, menus, ads, scripts, styles and forms,
 * the title, and the publication date from the usual meta tags or a {@code <time datetime>}. Only text leaves this
 * class; markup and event handlers are never stored.
 */
public final class HtmlArticleReader {

    /** Elements that never hold article text. */
    private static final String NOISE_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, object, embed, svg, canvas, button, select, input, textarea, menu, dialog, figure figcaption";

    /** class/id words that mark page furniture rather than article text. */
    private static final Set<String> NOISE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "sidebar", "footer",
            "header", "masthead", "ad", "ads", "advert", "advertisement", "adsbygoogle", "banner", "sponsored", "promo",
            "share", "sharing", "social", "comment", "comments", "related", "recommended", "cookie", "cookies",
            "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "popup", "modal", "tags", "widget");

    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[property=og:article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.created]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=og:updated_time]"};

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)");

    private HtmlArticleReader() {
    }

    public static RawArticle read(byte[] bytes, String origin) throws RefusedInputException {
        return parse(decode(bytes), origin);
    }

    static RawArticle parse(String html, String origin) throws RefusedInputException {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        LocalDate published = published(doc);
        String lang = Metadata.lang(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
        String source = Metadata.blankToNull(attr(doc, "meta[property=og:site_name]", "content"));
        String url = Metadata.blankToNull(attr(doc, "link[rel=canonical]", "href"));
        if (url == null) {
            url = Metadata.blankToNull(attr(doc, "meta[property=og:url]", "content"));
        }
        String text = mainText(doc);
        if (text.isBlank()) {
            throw new RefusedInputException("no article text found in the page");
        }
        String problem = TextDecoder.implausibility(text);
        if (problem != null) {
            throw new RefusedInputException("page text is not readable: " + problem);
        }
        return new RawArticle(title, source, url, published, false, lang, List.of(), text, origin);
    }

    /** Text of an HTML fragment (a feed item's description), as paragraphs separated by blank lines. */
    static String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(NOISE_TAGS).remove();
        return blocksText(doc.body());
    }

    private static String decode(byte[] bytes) throws RefusedInputException {
        if (bytes.length == 0) {
            throw new RefusedInputException("empty file");
        }
        // A declared charset wins over detection: pages often declare windows-1256 correctly.
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find() && !(bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xEF))) {
            String name = m.group(1);
            try {
                if (Charset.isSupported(name)) {
                    String s = new String(bytes, Charset.forName(name));
                    if (s.indexOf('\uFFFD') < 0) {
                        return s;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // an invalid charset name: fall back to detection
            }
        }
        try {
            return TextDecoder.decodeStructured(bytes);
        } catch (RefusedInputException e) {
            throw new RefusedInputException("HTML " + e.getMessage());
        }
    }

    private static String title(Document doc) {
        String t = Metadata.blankToNull(attr(doc, "meta[property=og:title]", "content"));
        if (t == null) {
            Element h1 = doc.selectFirst("article h1, h1");
            t = h1 == null ? null : Metadata.blankToNull(h1.text());
        }
        if (t == null) {
            t = Metadata.blankToNull(doc.title());
        }
        return t;
    }

    private static LocalDate published(Document doc) {
        for (String sel : DATE_META) {
            for (Element e : doc.select(sel)) {
                var d = Metadata.dateOrEmpty(e.attr("content"));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        for (Element e : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
            var d = Metadata.dateOrEmpty(e.attr("datetime"));
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String mainText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        body.select(NOISE_TAGS).remove();
        body.select("[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
                + "[role=complementary], [role=search]").remove();
        // A class word like "sidebar" on a page wrapper must not take the article with it: only blocks holding
        // well under half of the page text count as furniture.
        int pageLen = body.text().length();
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && e.tagName().matches("div|section|ul|ol|span|p|aside|table|a") && isFurniture(e)
                    && e.selectFirst("article, main, [itemprop=articleBody]") == null
                    && e.text().length() * 10 < pageLen * 4) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
        Element container = body.selectFirst("[itemprop=articleBody]");
        if (container == null) {
            container = largest(body.select("article"));
        }
        if (container == null) {
            container = body.selectFirst("main, [role=main]");
        }
        if (container == null) {
            container = densestParagraphParent(body);
        }
        return blocksText(container == null ? body : container);
    }

    private static boolean isFurniture(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (words.isBlank()) {
            return false;
        }
        for (String w : words.split("[\\s_\\-]+")) {
            if (NOISE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLen = 0;
        for (Element e : candidates) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        return best;
    }

    /** The element whose direct {@code <p>} children carry the most text: the article body on most news pages. */
    private static Element densestParagraphParent(Element body) {
        Element best = null;
        int bestLen = 0;
        java.util.Map<Element, Integer> lengths = new java.util.IdentityHashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                lengths.merge(parent, p.text().length(), Integer::sum);
            }
        }
        for (var e : lengths.entrySet()) {
            if (e.getValue() > bestLen) {
                best = e.getKey();
                bestLen = e.getValue();
            }
        }
        return best;
    }

    /** Block elements become paragraphs separated by blank lines; {@code <br>} becomes a line break. */
    static String blocksText(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder block = new StringBuilder();
        walk(root, out, block);
        flush(out, block);
        return out.toString().strip();
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt", "ul", "ol", "table", "body");

    private static void walk(Node node, StringBuilder out, StringBuilder block) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                block.append(t.text());
            } else if (child instanceof Element e) {
                if (e.tagName().equals("br")) {
                    block.append('\n');
                } else if (BLOCKS.contains(e.tagName())) {
                    flush(out, block);
                    walk(e, out, block);
                    flush(out, block);
                } else {
                    walk(e, out, block);
                }
            }
        }
    }

    private static void flush(StringBuilder out, StringBuilder block) {
        String text = block.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n").strip();
        block.setLength(0);
        if (!text.isEmpty()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attr);
    }
}
